/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Diagnostics of the translation library in debugfs, for board bring-up:
 * /sys/kernel/debug/xen-dma-xlate/ (root only).
 *
 *   devices         every DMA-capable platform and PCI device: masks, bus
 *                   limit, DMA regions, and how much of dom0's RAM it
 *                   reaches without bouncing
 *   translate       write "SPACE ADDRESS [DEVICE]", read the address back
 *                   in all four spaces, with the reason for any failure
 *   failures        translation failures by kind, since the module loaded
 *   foreign-frames  local pfns that hold another domain's frame
 */
#ifndef _XEN_DMA_XLATE_DEBUGFS_H
#define _XEN_DMA_XLATE_DEBUGFS_H

#include <linux/types.h>

struct dentry;
struct device;
struct file;
struct inode;
struct seq_file;

/* Longest device name a query may carry, with its NUL. */
#define XEN_DMA_XLATE_QUERY_DEVICE_MAX	64

/* Longest query a user may write, newline included. */
#define XEN_DMA_XLATE_QUERY_MAX		128

/**
 * enum xen_dma_xlate_space - The four address spaces of a Xen domain.
 * @XEN_DMA_XLATE_VIRT: kernel virtual address.
 * @XEN_DMA_XLATE_PHYS: guest physical address (pfn space).
 * @XEN_DMA_XLATE_BUS: Xen bus (machine) address, behind the p2m.
 * @XEN_DMA_XLATE_DMA: address the device puts on its bus.
 * @XEN_DMA_XLATE_NR_SPACES: number of spaces.
 */
enum xen_dma_xlate_space {
	XEN_DMA_XLATE_VIRT,
	XEN_DMA_XLATE_PHYS,
	XEN_DMA_XLATE_BUS,
	XEN_DMA_XLATE_DMA,
	XEN_DMA_XLATE_NR_SPACES
};

/**
 * struct xen_dma_xlate_query - What a user wrote to the translate file.
 * @space: Space of @addr.
 * @addr: The address.
 * @device: Device name, empty when none was given.
 */
struct xen_dma_xlate_query {
	enum xen_dma_xlate_space space;
	u64 addr;
	char device[XEN_DMA_XLATE_QUERY_DEVICE_MAX];
};

/**
 * struct xen_dma_xlate_answer - A query's address in every space.
 * @addr: The address in each space; valid only where @why is NULL.
 * @why: NULL where @addr is valid, else why there is no address.
 * @limit: Highest DMA address the device reaches directly:
 *	the smaller of its DMA mask and bus_dma_limit (when set); 0 without a
 *	device or mask.
 */
struct xen_dma_xlate_answer {
	u64 addr[XEN_DMA_XLATE_NR_SPACES];
	const char *why[XEN_DMA_XLATE_NR_SPACES];
	u64 limit;
};

int xen_dma_xlate_parse_query(const char *buf, size_t len,
			      struct xen_dma_xlate_query *q);
void xen_dma_xlate_explain(struct device *dev, enum xen_dma_xlate_space space,
			   u64 addr, struct xen_dma_xlate_answer *a);
const char *xen_dma_xlate_space_name(enum xen_dma_xlate_space space);

/**
 * struct xen_dma_xlate_reach - dom0 RAM pages a device reaches directly.
 * @dev: The device.
 * @limit: The smaller of the DMA mask and bus_dma_limit (when set).
 * @pages: Xen pages of System RAM that have a bus frame.
 * @reached: Those of @pages the device can DMA to without bouncing.
 * @outside: Those of @pages that no DMA region of the device reaches
 *	(whole in one region or across regions that join); the others it
 *	misses lie above its mask or bus limit.
 */
struct xen_dma_xlate_reach {
	struct device *dev;
	u64 limit;
	unsigned long pages;
	unsigned long reached;
	unsigned long outside;
};

void xen_dma_xlate_reach_run(struct xen_dma_xlate_reach *reach, phys_addr_t baddr,
			     unsigned long pages);
void xen_dma_xlate_reach_ram(struct xen_dma_xlate_reach *reach, size_t nr,
			     phys_addr_t start, phys_addr_t end);
int xen_dma_xlate_devices_open(struct inode *inode, struct file *file);
int xen_dma_xlate_devices_release(struct inode *inode, struct file *file);
int xen_dma_xlate_devices_show(struct seq_file *m, void *unused);
long xen_dma_xlate_count_foreign(void);
struct device *xen_dma_xlate_find_device(const char *name);

#if IS_ENABLED(CONFIG_DEBUG_FS)
void xen_dma_xlate_debugfs_init(void);
void xen_dma_xlate_debugfs_exit(void);
#else
static inline void xen_dma_xlate_debugfs_init(void)
{
}

static inline void xen_dma_xlate_debugfs_exit(void)
{
}
#endif

#endif /* _XEN_DMA_XLATE_DEBUGFS_H */
