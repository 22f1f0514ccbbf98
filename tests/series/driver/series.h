/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Checks of swiotlb-xen and the grant-table DMA buffers as the kernel
 * runs them, on the unconverted and the converted dom0 kernel alike.
 * Every result is one line in the end-to-end format (report.h).
 */
#ifndef _XEN_DMA_SERIES_H
#define _XEN_DMA_SERIES_H

#include <linux/dma-direction.h>
#include <linux/types.h>

#include "report.h"

struct device;
struct page;

/* What dma_map_page() did with a range, judged from outside. */
enum series_map_kind {
	SERIES_DIRECT,		/* the range's own DMA address */
	SERIES_BOUNCED,		/* a swiotlb slot's DMA address */
	SERIES_ERROR,		/* DMA_MAPPING_ERROR */
	SERIES_WRONG,		/* anything else: a bug */
};

const char *series_kind_name(enum series_map_kind kind);
enum series_map_kind series_classify(struct device *dev, phys_addr_t phys,
				     dma_addr_t dma);
void series_expect_map(struct device *dev, const char *name,
		       struct page *page, unsigned long offset, size_t size,
		       enum series_map_kind expected);

void series_pick_pages(struct device *dev, u64 limit, struct page **low,
		       struct page **high);

void series_check_foreign(struct device *dev, const char *name);
void series_check_gnttab(struct device *dev, const char *name);

int series_x86_register(void);
void series_x86_unregister(void);
int series_arm64_register(void);
void series_arm64_unregister(void);
int series_domu_run(void);

#endif /* _XEN_DMA_SERIES_H */
