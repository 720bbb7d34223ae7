/* lkprocess.c -- worker processes forked from a warm Lua state (kimput
 * extract -j, lua/kimput/parallel.lua): a worker shares, copy-on-write, all
 * the parent has loaded and compiled (Lua modules, lexicons, PCRE2 JIT
 * code), where a worker started as a new command pays for all of it again.
 *
 *   core.fork_worker() -> in the parent: a Worker and a Lua file handle
 *                         reading the worker's pipe;
 *                         in the worker: 0 and a Lua file handle writing it
 *                         | nil, message when no process or pipe could be made
 *   worker:wait()      -> true | nil, "exit", code | nil, "signal", number
 *                         (as file:close() of io.popen); reaps the process
 *   worker:kill()      -> sends SIGTERM to a worker not reaped yet
 *   worker:cpu()       -> the CPU seconds (user + system) the reaped worker
 *                         used, or nil before its wait
 *   core.exit_now(code) -> ends the process at once (_exit): no buffer of
 *                         the parent's files is flushed twice, no Lua
 *                         finalizer runs in a worker
 *   core.block_counter() -> a Counter in memory shared with the workers
 *                         forked after it (an anonymous MAP_SHARED mapping)
 *                         | nil, message when none could be mapped
 *   counter:claim()    -> 1, 2, 3, ...: the next block index, taken with an
 *                         atomic fetch-add, so that no two processes sharing
 *                         the counter ever get the same index
 *
 * Workers claim blocks as they go (lua/kimput/parallel.lua): a worker that
 * gets less CPU takes fewer blocks instead of holding the others back. The
 * counter is a lock-free 64-bit atomic (GCC/Clang __atomic builtins), which
 * is safe between processes; the mapping is unmapped when the Counter is
 * collected (each process unmaps only its own view of it).
 *
 * In a worker SIGINT, SIGTERM and SIGPIPE have their default actions (a
 * terminal's Ctrl-C, or a parent that stopped reading, ends it), and on
 * Linux it gets SIGTERM when the parent dies. A Worker collected or closed
 * before its wait kills and reaps its process (no zombie), in the process
 * that forked it only. The parent's stdio buffers are flushed before the
 * fork. Only for a single-threaded process.
 */
#define _GNU_SOURCE  /* F_SETPIPE_SZ */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <lualib.h>

#include "lk.h"

#define LK_WORKER "kimput.Worker"
#define LK_COUNTER "kimput.Counter"

/* The pipe buffer asked for (Linux: at most /proc/sys/fs/pipe-max-size,
 * 1 MiB by default; the default buffer is 64 KiB). */
#define PIPE_BYTES (1 << 20)

/* The stdio buffer of each end of a worker's pipe: a worker writes, and
 * the parent reads, up to this much at a time (a quarter of the pipe; a
 * worker of kimput extract -j flushes it after each block, so that no
 * block it claimed waits in it while the other workers run ahead). */
#define STREAM_BUFFER (1 << 18)

typedef struct {
  pid_t pid;    /* 0 once reaped */
  pid_t owner;  /* the process that forked it: the only one that may reap it */
  double cpu;   /* user + system seconds, once reaped; < 0 before */
} lk_worker;

static int close_stream(lua_State *L) {
  luaL_Stream *s = luaL_checkudata(L, 1, LUA_FILEHANDLE);
  int ok = fclose(s->f) == 0;
  return luaL_fileresult(L, ok, NULL);
}

/* Pushes a Lua file handle for fd (mode "r" or "w"); closes fd and returns 0
 * when no stream can be made. Its stdio buffer of STREAM_BUFFER bytes lives
 * in the handle's own memory, which outlives the stream (the handle's __gc
 * closes it first): file:setvbuf cannot give a size, glibc then keeps a
 * pipe's default of 4 KiB, and a worker's 4 KiB writes would wake the
 * parent some 2,400 times per 10 MB of rows. */
static int push_stream(lua_State *L, int fd, const char *mode) {
  luaL_Stream *s = lua_newuserdatauv(L, sizeof *s + STREAM_BUFFER, 0);
  s->closef = NULL;  /* a closed handle until f is set */
  luaL_setmetatable(L, LUA_FILEHANDLE);
  s->f = fdopen(fd, mode);
  if (!s->f) {
    close(fd);
    return 0;
  }
  setvbuf(s->f, (char *)(s + 1), _IOFBF, STREAM_BUFFER);
  s->closef = close_stream;
  return 1;
}

static lk_worker *check_worker(lua_State *L) {
  return luaL_checkudata(L, 1, LK_WORKER);
}

/* Waits for the worker's end (again after a signal's interruption); the
 * raw status, or -1 when it cannot be had. */
static int reap(lk_worker *w) {
  int status;
  struct rusage ru;
  for (;;) {
    pid_t got = wait4(w->pid, &status, 0, &ru);
    if (got == w->pid) {
      w->cpu = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
               (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
      break;
    }
    if (got < 0 && errno != EINTR) {
      w->pid = 0;
      return -1;
    }
  }
  w->pid = 0;
  return status;
}

static int l_worker_wait(lua_State *L) {
  lk_worker *w = check_worker(L);
  if (w->pid == 0 || w->owner != getpid()) return luaL_error(L, "worker:wait: no process to wait for");
  int status = reap(w);
  if (status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    lua_pushboolean(L, 1);
    return 1;
  }
  lua_pushnil(L);
  if (status >= 0 && WIFSIGNALED(status)) {
    lua_pushliteral(L, "signal");
    lua_pushinteger(L, WTERMSIG(status));
  } else {
    lua_pushliteral(L, "exit");
    lua_pushinteger(L, status >= 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  }
  return 3;
}

static int l_worker_kill(lua_State *L) {
  lk_worker *w = check_worker(L);
  if (w->pid > 0 && w->owner == getpid()) kill(w->pid, SIGTERM);
  return 0;
}

static int l_worker_cpu(lua_State *L) {
  lk_worker *w = check_worker(L);
  if (w->cpu < 0) lua_pushnil(L);
  else lua_pushnumber(L, w->cpu);
  return 1;
}

static int l_worker_gc(lua_State *L) {
  lk_worker *w = check_worker(L);
  if (w->pid > 0 && w->owner == getpid()) {
    kill(w->pid, SIGKILL);
    reap(w);
  }
  w->pid = 0;
  return 0;
}

static int l_worker_tostring(lua_State *L) {
  lk_worker *w = check_worker(L);
  lua_pushfstring(L, "kimput.Worker (%d)", (int)w->pid);
  return 1;
}

/* What a worker changes in itself right after the fork. */
static void become_worker(pid_t parent) {
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  signal(SIGPIPE, SIG_DFL);
#ifdef __linux__
  prctl(PR_SET_PDEATHSIG, SIGTERM);
  if (getppid() != parent) _exit(1);  /* the parent died before the line above */
#else
  (void)parent;
#endif
}

static int l_fork_worker(lua_State *L) {
  int fds[2];
  /* both userdata exist before the fork: no allocation can fail after it */
  lk_worker *w = lua_newuserdatauv(L, sizeof *w, 0);
  w->pid = 0;
  w->owner = getpid();
  w->cpu = -1;
  luaL_setmetatable(L, LK_WORKER);
  if (pipe(fds) != 0) {
    lua_pushnil(L);
    lua_pushfstring(L, "cannot make a pipe: %s", strerror(errno));
    return 2;
  }
  /* no program the parent or a worker runs later inherits the pipe */
  fcntl(fds[0], F_SETFD, FD_CLOEXEC);
  fcntl(fds[1], F_SETFD, FD_CLOEXEC);
#ifdef F_SETPIPE_SZ
  /* a worker may run this far ahead of the parent's turns: enough blocks
   * that one slow block of a worker does not stall the other */
  fcntl(fds[1], F_SETPIPE_SZ, PIPE_BYTES);
#endif
  fflush(NULL);
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) {
    int e = errno;
    close(fds[0]);
    close(fds[1]);
    lua_pushnil(L);
    lua_pushfstring(L, "cannot start a process: %s", strerror(e));
    return 2;
  }
  if (pid == 0) {
    close(fds[0]);
    become_worker(parent);
    lua_pushinteger(L, 0);
    if (!push_stream(L, fds[1], "w")) _exit(1);
    return 2;
  }
  close(fds[1]);
  w->pid = pid;
  if (!push_stream(L, fds[0], "r")) {
    lua_pushnil(L);
    lua_pushfstring(L, "cannot read a pipe: %s", strerror(errno));
    return 2;  /* the Worker, unreachable, kills and reaps its process */
  }
  return 2;
}

static int l_exit_now(lua_State *L) {
  int code = (int)luaL_optinteger(L, 1, 0);
  fflush(stderr);
  _exit(code);
  return 0;
}

/* The claim counter: a pointer to the shared word, NULL once unmapped. */
typedef struct {
  long long *next;  /* the last index claimed: 0 before the first claim */
} lk_counter;

static lk_counter *check_counter(lua_State *L) {
  return luaL_checkudata(L, 1, LK_COUNTER);
}

static int l_block_counter(lua_State *L) {
  lk_counter *c = lua_newuserdatauv(L, sizeof *c, 0);
  c->next = NULL;
  luaL_setmetatable(L, LK_COUNTER);
  void *p = mmap(NULL, sizeof *c->next, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) {
    lua_pushnil(L);
    lua_pushfstring(L, "cannot map shared memory: %s", strerror(errno));
    return 2;
  }
  c->next = p;
  __atomic_store_n(c->next, 0, __ATOMIC_SEQ_CST);
  return 1;
}

static int l_counter_claim(lua_State *L) {
  lk_counter *c = check_counter(L);
  if (!c->next) return luaL_error(L, "counter:claim: the counter is gone");
  lua_pushinteger(L, (lua_Integer)__atomic_add_fetch(c->next, 1, __ATOMIC_SEQ_CST));
  return 1;
}

static int l_counter_gc(lua_State *L) {
  lk_counter *c = check_counter(L);
  if (c->next) munmap(c->next, sizeof *c->next);
  c->next = NULL;
  return 0;
}

static const luaL_Reg counter_methods[] = {
  {"claim", l_counter_claim},
  {NULL, NULL}
};

static const luaL_Reg worker_methods[] = {
  {"wait", l_worker_wait},
  {"kill", l_worker_kill},
  {"cpu", l_worker_cpu},
  {NULL, NULL}
};

static const luaL_Reg process_functions[] = {
  {"fork_worker", l_fork_worker},
  {"exit_now", l_exit_now},
  {"block_counter", l_block_counter},
  {NULL, NULL}
};

void lk_open_process(lua_State *L) {
  lk_newclass(L, LK_WORKER, l_worker_gc, worker_methods);
  luaL_getmetatable(L, LK_WORKER);
  lua_pushcfunction(L, l_worker_tostring);
  lua_setfield(L, -2, "__tostring");
  lua_pop(L, 1);
  lk_newclass(L, LK_COUNTER, l_counter_gc, counter_methods);
  luaL_setfuncs(L, process_functions, 0);
}
