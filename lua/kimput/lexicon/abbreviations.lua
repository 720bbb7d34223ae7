-- Abbreviations that keep their period and do not end a sentence. The C
-- tokenizer has the same table (csrc/tokenize.c); spec/tokens_spec.lua
-- checks that the two agree. Single capital initials (M.) need no entry. A
-- month's short form (Jun.) is one only beside a number: "Dong Jun." ends a
-- sentence (the tokenizer checks).
return {
  "a.n.", "a.l.", "d.a.", "dkk.", "dll.", "dsb.", "dst.", "hlm.", "jl.", "Jl.", "Jln.",
  "no.", "No.", "tgl.", "Tgl.", "u.p.", "s.d.", "sda.", "spt.", "yth.", "Yth.", "Dr.", "dr.",
  "Drs.", "Dra.", "Ir.", "Prof.", "H.", "Hj.", "Sdr.", "Sdri.", "Bpk.", "Ny.", "Tn.",
  "PT.", "CV.", "Tbk.", "St.", "Kol.", "Jend.", "Letjen.", "Mayjen.", "Brigjen.", "Kapt.",
  "Mr.", "Mrs.", "Ms.", "Jr.", "Sr.", "vs.", "Vol.", "Rp.", "Kec.", "Kab.", "Kel.", "Prov.",
  "Ket.", "ket.", "kg.", "km.", "Sept.", "Agt.", "Ags.", "Okt.", "Nop.", "Des.",
  "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Agu.", "Sep.", "Nov.", "Peb.", "Mrt.",
  "M.Si.", "S.H.", "S.E.", "S.Pd.", "M.H.", "Ph.D.", "drg.", "Drg.",
  -- shortened given names: "Moh. Edy Mahmud", "Abd. Rahman"
  "Moh.", "Muh.", "Moch.", "Mochd.", "Mhd.", "Abd.", "Ach.", "Achm.", "Ahm.",
}
