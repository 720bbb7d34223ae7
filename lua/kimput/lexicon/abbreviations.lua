-- Abbreviations that keep their period and do not end a sentence. The C
-- tokenizer has the same table (csrc/tokenize.c); spec/tokens_spec.lua
-- checks that the two agree. Single capital initials (M.) need no entry, nor
-- do degrees of short capitalised parts (M.Sc., S.Sos., Sp.PD.): the
-- tokenizer keeps their period by their shape. A month's short form (Jun.)
-- is one only beside a number: "Dong Jun." ends a sentence (the tokenizer
-- checks). A unit is written without a period: "Rp85.000 per kg. Harga"
-- ends a sentence.
return {
  "a.n.", "a.l.", "d.a.", "dkk.", "dll.", "dsb.", "dst.", "hlm.", "jl.", "Jl.", "Jln.",
  "no.", "No.", "tgl.", "Tgl.", "u.p.", "s.d.", "sda.", "spt.", "yth.", "Yth.", "Dr.", "dr.",
  "Drs.", "Dra.", "Ir.", "Prof.", "H.", "Hj.", "Sdr.", "Sdri.", "Bpk.", "Ny.", "Tn.",
  "PT.", "CV.", "Tbk.", "St.", "Kol.", "Jend.", "Letjen.", "Mayjen.", "Brigjen.", "Kapt.",
  "Mr.", "Mrs.", "Ms.", "Jr.", "Sr.", "vs.", "Vol.", "Rp.", "Kec.", "Kab.", "Kel.", "Prov.",
  "Ket.", "ket.", "Sept.", "Agt.", "Ags.", "Okt.", "Nop.", "Des.",
  "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Agu.", "Sep.", "Nov.", "Peb.", "Mrt.",
  "M.Si.", "S.H.", "S.E.", "S.Pd.", "M.H.", "Ph.D.", "drg.", "Drg.",
  -- shortened given names: "Moh. Edy Mahmud", "Abd. Rahman"
  "Moh.", "Muh.", "Moch.", "Mochd.", "Mhd.", "Abd.", "Ach.", "Achm.", "Ahm.",
  -- religious and police or army titles before a name: "KH. Ahmad", "Kombes Pol. Budi", "Kolonel Inf. Andi"
  "KH.", "Pdt.", "Ust.", "Tgk.", "Mgr.", "Pol.", "Inf.", "Kav.", "Czi.", "Arh.", "Pnb.", "Cpm.", "Cba.", "Chb.",
  "Ckm.", "Caj.", "Chk.", "Cku.", "Psk.",
  -- pukul, gang, kampung, telephone, documentation ("Foto: Dok. Humas")
  "pk.", "Pk.", "pkl.", "Pkl.", "Gg.", "Kp.", "Telp.", "telp.", "Dok.",
  -- campus, address and year words: "Univ. Indonesia", "Ds. Sukamaju", "Komp. Griya", "Gedung A Lt. 3",
  -- "sejak thn. 2019", "UU No. 5 Th. 2020"
  "Univ.", "Dept.", "Ds.", "Dsn.", "Komp.", "Sdn.", "Lt.", "thn.", "Thn.", "th.", "Th.",
}
