std = "lua54"
max_line_length = 120
files["spec/"] = { std = "+busted" }
-- a LuaRocks configuration: its settings are globals LuaRocks reads, home one it sets
files["tools/luarocks-debian.lua"] = { globals = { "rocks_trees", "rocks_provided" }, read_globals = { "home" } }
exclude_files = { "build", "build-asan", "build-fuzz" }
