-- LuaRocks configuration for a Debian machine without access to a rocks
-- server: Debian packages three of kimput's dependencies (lua-cjson,
-- lua-argparse, lua-filesystem; `make deps` installs them) but LuaRocks does
-- not see Debian packages, so this tells it they are provided.
--   LUAROCKS_CONFIG=tools/luarocks-debian.lua luarocks --lua-version=5.4 make --local
-- (`make rock` runs that.) With a rocks server, plain `luarocks make` fetches them instead.
rocks_trees = { home .. "/.luarocks", "/usr/local" }
rocks_provided = {
  ["lua-cjson"] = "2.1.0-1",
  argparse = "0.7.1-1",
  luafilesystem = "1.8.0-1",
}
