-- Indonesian stop words (lower case): function words left out of word
-- frequency reports. Analysts extend it: stopwords["kata"] = true.
local words = [[
ada adalah adanya agar akan akhirnya aku amat anda antara apa apakah apabila atas atau bagai bagaimana bagi
bahkan bahwa baik banyak baru bawah beberapa begitu belum benar berada berbagai bersama besar bisa boleh
bukan cukup dalam dan dapat dari daripada dengan di dia diri dua demikian hal hampir hanya harus hingga ia
ialah ini itu jadi jika juga justru kalau kami kamu kan karena ke kecil kedua kembali kemudian kepada ketika
kini kita lagi lain lalu lama lebih maka makin mana masih masing mau melalui memang mereka misalnya mungkin
namun nya oleh pada paling para pernah pula pun saat saja salah sama sampai sangat satu saya sebab sebagai
sebelum sebuah sedang sedangkan sehingga sejak sekali selain seluruh semakin semua sendiri seorang seperti
serta sesuatu setelah setiap sini situ suatu sudah supaya tak tanpa tapi telah tentang terhadap termasuk
tersebut tetap tetapi tidak untuk waktu yaitu yakni yang
]]
local set = {}
for w in words:gmatch("%S+") do set[w] = true end
return set
