// SPDX-License-Identifier: GPL-2.0
/*
 * Counts heap allocations made while xbm_alloc_counting is set, by
 * standing in for glibc's malloc family and forwarding to glibc's own
 * entry points.  The benchmark sets it around every timed loop, so a
 * translation path that allocated would show in its report.
 */
#include <stddef.h>
#include "count-alloc.h"

void *__libc_malloc(size_t size);
void *__libc_calloc(size_t nmemb, size_t size);
void *__libc_realloc(void *ptr, size_t size);

int xbm_alloc_counting;
unsigned long xbm_allocations;

static void xbm_count(void)
{
	if (__atomic_load_n(&xbm_alloc_counting, __ATOMIC_RELAXED))
		xbm_allocations++;
}

void *malloc(size_t size)
{
	xbm_count();
	return __libc_malloc(size);
}

void *calloc(size_t nmemb, size_t size)
{
	xbm_count();
	return __libc_calloc(nmemb, size);
}

void *realloc(void *ptr, size_t size)
{
	xbm_count();
	return __libc_realloc(ptr, size);
}
