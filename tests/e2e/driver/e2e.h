/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared declarations of the end-to-end test driver.
 *
 * Every result is one KTAP line (common/report.h).
 */
#ifndef _XEN_DMA_XLATE_E2E_H
#define _XEN_DMA_XLATE_E2E_H

#include <linux/types.h>

#include "report.h"

struct device;
struct pci_dev;

/* The edu device's DMA mask, and the largest transfer QEMU 7.2 accepts. */
#define E2E_EDU_DMA_BITS	28
#define E2E_EDU_MAX_XFER	(4096 - 1)

/* edu.c: one DMA transfer between RAM and the device's buffer. */
struct e2e_edu {
	struct pci_dev *pdev;
	void __iomem *regs;
};

int e2e_edu_to_device(struct e2e_edu *edu, dma_addr_t src, size_t len);
int e2e_edu_to_ram(struct e2e_edu *edu, dma_addr_t dst, size_t len);

/* xen-tables.c: Xen's own tables, read without the library. */
#define E2E_NO_MFN	(~0UL)
unsigned long e2e_pfn_of(const void *vaddr);
unsigned long e2e_p2m_mfn(unsigned long pfn);
bool e2e_p2m_identity(unsigned long pfn);
bool e2e_m2p_is(unsigned long mfn, unsigned long pfn);
unsigned long e2e_mfn_owner(unsigned long mfn);
unsigned long e2e_p2m_pfns(void);

/* The checks, one file each. */
void e2e_check_p2m(struct device *dev, const char *name, void *buf,
		   size_t pages, dma_addr_t handle);
void e2e_check_dma(struct e2e_edu *edu, void *coherent, size_t coherent_size);
void e2e_check_capable(struct device *dev);
void e2e_check_image(struct device *dev);
void e2e_check_negative(struct e2e_edu *edu, u8 *scratch);

#endif /* _XEN_DMA_XLATE_E2E_H */
