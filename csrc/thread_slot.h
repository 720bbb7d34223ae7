/* thread_slot.h -- one zeroed object per thread, made on first use and
 * freed by its key's destructor when the thread exits (scratch kept across
 * documents without locks). Internal to the C core. */
#ifndef KIMPUT_THREAD_SLOT_H
#define KIMPUT_THREAD_SLOT_H

#include <pthread.h>
#include <stdlib.h>

/* This thread's object of size bytes under key (made zeroed when create and
 * none exists yet), or NULL; ok: the key was created. */
static inline void *thread_slot(pthread_key_t key, int ok, size_t size, int create) {
  if (!ok) return NULL;
  void *p = pthread_getspecific(key);
  if (!p && create) {
    p = calloc(1, size);
    if (p && pthread_setspecific(key, p) != 0) {
      free(p);
      p = NULL;
    }
  }
  return p;
}

#endif
