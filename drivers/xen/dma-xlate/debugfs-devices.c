// SPDX-License-Identifier: GPL-2.0
/*
 * The devices file of debugfs: what each DMA-capable device of dom0 sees.
 *
 * Bring-up goes wrong in two ways that look alike from a driver: the
 * device's DMA regions do not cover dom0's memory, or its mask stops
 * short of it so that everything bounces.  For every platform and PCI
 * device with a DMA mask this prints the masks, the bus limit, the
 * regions, and how many of dom0's RAM pages (4 KiB Xen pages with a bus
 * frame behind them) the device reaches without bouncing.
 */
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/ioport.h>
#include <linux/minmax.h>
#include <linux/pci.h>
#include <linux/platform_device.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/string.h>

#include "debugfs.h"
#include "p2m.h"
#include "region.h"

/**
 * struct xen_dma_xlate_reach - dom0 RAM pages a device reaches directly.
 * @dev: The device.
 * @limit: The smaller of the DMA mask and bus_dma_limit (when set).
 * @pages: Xen pages of System RAM that have a bus frame.
 * @reached: Those of @pages the device can DMA to without bouncing.
 * @outside: Those of @pages that no DMA region of the device covers whole;
 *	the others it misses lie above its mask or bus limit.
 */
struct xen_dma_xlate_reach {
	struct device *dev;
	u64 limit;
	unsigned long pages;
	unsigned long reached;
	unsigned long outside;
};

/*
 * Judge one Xen page at bus address @baddr as xen_dma_capable() would,
 * without its failure counters: it must lie whole in one region and end
 * at or below the limit.
 */
static void xen_dma_xlate_reach_page(struct xen_dma_xlate_reach *reach, phys_addr_t baddr)
{
	const struct bus_dma_region *r;
	phys_addr_t blast = baddr + XEN_PAGE_SIZE - 1;
	u64 dma_last = blast;

	if (reach->dev->dma_range_map) {
		r = xen_dma_xlate_region_of_bus(reach->dev->dma_range_map, baddr);
		if (!r || blast - r->cpu_start >= r->size) {
			reach->outside++;
			return;
		}
		dma_last = blast - r->cpu_start + r->dma_start;
	}
	if (__sme_set(dma_last) <= reach->limit)
		reach->reached++;
}

static int xen_dma_xlate_reach_ram(struct resource *res, void *data)
{
	struct xen_dma_xlate_reach *reach = data;
	unsigned long xen_pfn = XEN_PFN_UP(res->start);
	unsigned long end = XEN_PFN_DOWN(res->end + 1);
	bool identity = xen_dma_xlate_p2m_is_identity();
	phys_addr_t paddr, baddr;

	for (; xen_pfn < end; xen_pfn++) {
		paddr = (phys_addr_t)xen_pfn << XEN_PAGE_SHIFT;
		/* Arm's p2m lookup takes a lock: skip it while it is the identity. */
		baddr = identity ? paddr : xen_dma_xlate_phys_to_bus(paddr);
		if (baddr == XEN_DMA_XLATE_NO_PHYS)
			continue;
		reach->pages++;
		xen_dma_xlate_reach_page(reach, baddr);
		if (!(xen_pfn & 0xffff))
			cond_resched();
	}
	return 0;
}

static int xen_dma_xlate_show_device(struct device *dev, void *data)
{
	struct seq_file *m = data;
	struct xen_dma_xlate_reach reach = { .dev = dev };
	const struct bus_dma_region *r;

	if (!dev->dma_mask)
		return 0;
	reach.limit = min_not_zero(*dev->dma_mask, dev->bus_dma_limit);
	walk_iomem_res_desc(IORES_DESC_NONE, IORESOURCE_SYSTEM_RAM | IORESOURCE_BUSY,
			    0, -1, &reach, xen_dma_xlate_reach_ram);

	/* dev->driver without the device lock: a name to show, nothing more. */
	seq_printf(m, "%s %s %s %#llx %#llx %#llx %lu %lu %lu", dev_name(dev), dev->bus->name,
		   dev->driver ? dev->driver->name : "-",
		   *dev->dma_mask, dev->coherent_dma_mask, dev->bus_dma_limit,
		   reach.pages, reach.reached, reach.outside);
	if (!dev->dma_range_map)
		seq_puts(m, " -");
	for (r = dev->dma_range_map; r && r->size; r++)
		seq_printf(m, " %#llx:%#llx:%#llx", (u64)r->cpu_start, (u64)r->dma_start,
			   r->size);
	seq_putc(m, '\n');
	return 0;
}

/**
 * xen_dma_xlate_devices_show() - Print the devices file.
 * @m: The seq_file.
 * @unused: Unused.
 *
 * One line per device, fields separated by one space: name, bus, driver
 * ("-" when unbound), dma_mask, coherent_dma_mask, bus_dma_limit (0: none),
 * dom0 RAM pages, pages reached directly, pages outside every DMA region,
 * then one "cpu_start:dma_start:size" word per DMA region, or "-" when the
 * device has no regions (bus address = DMA address).  Pages are Xen's
 * 4 KiB pages of System RAM that have a bus frame.
 *
 * Context: Process context; may sleep.
 * Return: 0.
 */
int xen_dma_xlate_devices_show(struct seq_file *m, void *unused)
{
	seq_puts(m, "# device bus driver dma_mask coherent_mask bus_dma_limit ram_pages reached_pages outside_pages regions(cpu:dma:size)...\n");
	bus_for_each_dev(&platform_bus_type, NULL, m, xen_dma_xlate_show_device);
#ifdef CONFIG_PCI
	bus_for_each_dev(&pci_bus_type, NULL, m, xen_dma_xlate_show_device);
#endif
	return 0;
}

/**
 * xen_dma_xlate_find_device() - Find a platform or PCI device by name.
 * @name: Its name, as in /sys/bus/{platform,pci}/devices.
 *
 * Context: Process context.
 * Return: The device with a reference held (put_device() it), or NULL.
 */
struct device *xen_dma_xlate_find_device(const char *name)
{
	struct device *dev = bus_find_device_by_name(&platform_bus_type, NULL, name);

#ifdef CONFIG_PCI
	if (!dev)
		dev = bus_find_device_by_name(&pci_bus_type, NULL, name);
#endif
	return dev;
}
