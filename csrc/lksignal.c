/* lksignal.c -- SIGINT and SIGTERM for a long run (kimput extract, report):
 * the first signal sets a flag and asks the main Lua thread, through a
 * count hook (as lua.c does for Ctrl-C), to raise an error at its next
 * instruction, so a run in Lua code stops promptly and the command line
 * can discard the record in progress and clean up. The handler is
 * installed with SA_RESETHAND: a second signal gets the default action and
 * ends the process at once.
 *
 *   core.catch_signals()   -> installs the handlers (for the calling state)
 *   core.release_signals() -> restores the previous handlers, clears the flag
 *   core.interrupted()     -> the signal number received (2, 15) or nil
 *
 * One Lua state per process may catch signals (the handler has no other
 * way to find the state it interrupts).
 */
#include <signal.h>
#include <string.h>

#include "lk.h"

static volatile sig_atomic_t caught;
static lua_State *volatile main_state;
static struct sigaction saved_int, saved_term;
static int installed;

static void stop_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  lua_sethook(L, NULL, 0, 0);
  luaL_error(L, "interrupted by signal %d", (int)caught);
}

static void on_signal(int sig) {
  caught = sig;
  lua_State *L = main_state;
  /* lua_sethook may be called asynchronously, from a signal handler */
  if (L) lua_sethook(L, stop_hook, LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT, 1);
}

static int l_catch_signals(lua_State *L) {
  if (!installed) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_MAINTHREAD);
    main_state = lua_tothread(L, -1);
    lua_pop(L, 1);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND;
    if (sigaction(SIGINT, &sa, &saved_int) != 0 || sigaction(SIGTERM, &sa, &saved_term) != 0)
      return luaL_error(L, "catch_signals: cannot install the handlers");
    installed = 1;
  }
  caught = 0;
  return 0;
}

static int l_release_signals(lua_State *L) {
  if (installed) {
    sigaction(SIGINT, &saved_int, NULL);
    sigaction(SIGTERM, &saved_term, NULL);
    installed = 0;
    if (main_state) lua_sethook(main_state, NULL, 0, 0);
    main_state = NULL;
  }
  caught = 0;
  (void)L;
  return 0;
}

static int l_interrupted(lua_State *L) {
  if (caught) lua_pushinteger(L, caught);
  else lua_pushnil(L);
  return 1;
}

static const luaL_Reg signal_functions[] = {
  {"catch_signals", l_catch_signals},
  {"release_signals", l_release_signals},
  {"interrupted", l_interrupted},
  {NULL, NULL}
};

void lk_open_signals(lua_State *L) {
  luaL_setfuncs(L, signal_functions, 0);
}
