/* SPDX-License-Identifier: GPL-2.0 */
/* Heap allocations seen while xbm_alloc_counting is set (count-alloc.c). */
#ifndef _XBM_COUNT_ALLOC_H
#define _XBM_COUNT_ALLOC_H
extern int xbm_alloc_counting;
extern unsigned long xbm_allocations;
#endif
