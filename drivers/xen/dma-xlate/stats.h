/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Failure counters of the translation library, read through debugfs.
 *
 * Only failure paths count, so the translations that succeed pay nothing:
 * one per-cpu increment, no lock, no atomic, no allocation, on the paths
 * that return an error value.  Without CONFIG_DEBUG_FS nobody could read
 * them, and the counting compiles to nothing.
 */
#ifndef _XEN_DMA_XLATE_STATS_H
#define _XEN_DMA_XLATE_STATS_H

#include <linux/compiler.h>

/**
 * enum xen_dma_xlate_failure - Why a translation or a range check failed.
 * @XEN_DMA_XLATE_FAIL_BAD_ARGUMENT: NULL device, or an input that is itself
 *	the error value of the space it comes from.
 * @XEN_DMA_XLATE_FAIL_NO_BUS_FRAME: the p2m has no bus frame behind a pfn.
 * @XEN_DMA_XLATE_FAIL_NO_LOCAL_FRAME: no local pfn maps to a bus frame
 *	(another domain's frame, or no frame at all).
 * @XEN_DMA_XLATE_FAIL_OUTSIDE_REGION: an address lies in no DMA region of
 *	the device (or in one that wraps).
 * @XEN_DMA_XLATE_FAIL_REGION_END: a range starts in a DMA region and ends
 *	past it.
 * @XEN_DMA_XLATE_FAIL_NOT_CONTIGUOUS: the bus frames behind a range do not
 *	follow one another, or the range wraps.
 * @XEN_DMA_XLATE_FAIL_BEYOND_MASK: a range ends above the device's DMA mask
 *	or bus limit.
 * @XEN_DMA_XLATE_FAIL_VIRT_UNMAPPED: a virtual address that nothing maps,
 *	or that lies where no translation is allowed.
 * @XEN_DMA_XLATE_NR_FAILURES: number of kinds.
 */
enum xen_dma_xlate_failure {
	XEN_DMA_XLATE_FAIL_BAD_ARGUMENT,
	XEN_DMA_XLATE_FAIL_NO_BUS_FRAME,
	XEN_DMA_XLATE_FAIL_NO_LOCAL_FRAME,
	XEN_DMA_XLATE_FAIL_OUTSIDE_REGION,
	XEN_DMA_XLATE_FAIL_REGION_END,
	XEN_DMA_XLATE_FAIL_NOT_CONTIGUOUS,
	XEN_DMA_XLATE_FAIL_BEYOND_MASK,
	XEN_DMA_XLATE_FAIL_VIRT_UNMAPPED,
	XEN_DMA_XLATE_NR_FAILURES
};

#if IS_ENABLED(CONFIG_DEBUG_FS)

#include <linux/percpu.h>

/**
 * struct xen_dma_xlate_failures - Failure counts of one CPU.
 * @count: One counter per &enum xen_dma_xlate_failure.
 */
struct xen_dma_xlate_failures {
	unsigned long count[XEN_DMA_XLATE_NR_FAILURES];
};

DECLARE_PER_CPU(struct xen_dma_xlate_failures, xen_dma_xlate_failures);

unsigned long xen_dma_xlate_failure_count(enum xen_dma_xlate_failure kind);

/**
 * xen_dma_xlate_count() - Count one failure.
 * @kind: Why the translation failed.
 *
 * this_cpu_inc() is one instruction on x86 and safe against preemption and
 * interrupts everywhere, so this may sit on any failure path.
 *
 * Context: Any context.
 */
static __always_inline void xen_dma_xlate_count(enum xen_dma_xlate_failure kind)
{
	this_cpu_inc(xen_dma_xlate_failures.count[kind]);
}

#else

/* Nobody could read the counters: count nothing (the kind is a constant). */
#define xen_dma_xlate_count(kind) ((void)(kind))

#endif /* CONFIG_DEBUG_FS */

#endif /* _XEN_DMA_XLATE_STATS_H */
