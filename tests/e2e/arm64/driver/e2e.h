/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared declarations of the arm64 end-to-end test driver.
 *
 * Every result is one KTAP line (common/report.h).
 */
#ifndef _XEN_DMA_XLATE_E2E_ARM64_H
#define _XEN_DMA_XLATE_E2E_ARM64_H

#include <linux/types.h>

#include "report.h"

struct device;

/* The devices of the test board, one per compatible ("xen-dma-xlate,..."). */
enum e2e_dev {
	E2E_RPI4,	/* "rpi4-legacy": RAM 0x40000000 seen at 0xc0000000 */
	E2E_EMMC2,	/* "emmc2-narrow": a window that ends inside dom0's RAM */
	E2E_PLAIN,	/* "plain": no dma-ranges anywhere, so no dma_range_map */
	E2E_ZERO,	/* "malformed-zero": a zero-size dma-ranges entry first */
	E2E_OVERLAP,	/* "malformed-overlap": two entries whose CPU sides overlap */
	E2E_SPLIT,	/* "split": two windows, adjacent for the CPU, not the device */
	E2E_NR_DEVS
};

/*
 * One dma-ranges entry of a device's parent bus, as the device tree says
 * it (read with of_property_read_u32_array(), not from dev->dma_range_map,
 * so that the expectations do not come from what is being tested).
 */
struct e2e_window {
	u64 dma;
	u64 cpu;
	u64 size;
};

#define E2E_MAX_WINDOWS	4

/* of.c: the device tree as dom0 sees it. */
int e2e_windows(struct device *dev, struct e2e_window *w, int max);
int e2e_dom0_ram(phys_addr_t *start, phys_addr_t *end);

/* The checks, one file each. */
void e2e_check_rpi4(struct device *dev);
void e2e_check_emmc2(struct device *dev);
void e2e_check_grant(struct device *dev);
void e2e_check_vmalloc(void);
void e2e_check_virtual(struct device *dev);
void e2e_check_split(struct device *dev);
void e2e_check_malformed(struct device *zero, struct device *overlap);

#endif /* _XEN_DMA_XLATE_E2E_ARM64_H */
