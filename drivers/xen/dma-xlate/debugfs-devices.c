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
 *
 * Everything is computed once, when the file is opened: the devices are
 * collected (a reference held on each), dom0's RAM is walked once for all
 * of them (debugfs-reach.c), and reads only print the result, however
 * often seq_file calls back for a larger buffer.
 */
#include <kunit/visibility.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/ioport.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/pci.h>
#include <linux/platform_device.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "debugfs.h"
#include "region.h"

/**
 * struct xen_dma_xlate_devices - What one open of the devices file shows.
 * @reach: One entry per device, a reference held on each device.
 * @nr: Entries in @reach.
 * @max: Room in @reach.
 */
struct xen_dma_xlate_devices {
	struct xen_dma_xlate_reach *reach;
	size_t nr;
	size_t max;
};

static int xen_dma_xlate_collect_device(struct device *dev, void *data)
{
	struct xen_dma_xlate_devices *t = data;
	struct xen_dma_xlate_reach *bigger;

	if (!dev->dma_mask)
		return 0;
	if (t->nr == t->max) {
		bigger = kvcalloc(max_t(size_t, 16, 2 * t->max), sizeof(*bigger), GFP_KERNEL);
		if (!bigger)
			return -ENOMEM;
		if (t->nr)
			memcpy(bigger, t->reach, t->nr * sizeof(*bigger));
		kvfree(t->reach);
		t->reach = bigger;
		t->max = max_t(size_t, 16, 2 * t->max);
	}
	t->reach[t->nr++] = (struct xen_dma_xlate_reach) {
		.dev = get_device(dev),
		.limit = xen_dma_xlate_dev_limit(dev),
	};
	return 0;
}

static int xen_dma_xlate_judge_ram(struct resource *res, void *data)
{
	struct xen_dma_xlate_devices *t = data;

	xen_dma_xlate_reach_ram(t->reach, t->nr, res->start, res->end + 1);
	return 0;
}

static void xen_dma_xlate_devices_free(struct xen_dma_xlate_devices *t)
{
	size_t i;

	for (i = 0; i < t->nr; i++)
		put_device(t->reach[i].dev);
	kvfree(t->reach);
	kfree(t);
}

static void xen_dma_xlate_show_device(struct seq_file *m, const struct xen_dma_xlate_reach *reach)
{
	struct device *dev = reach->dev;
	const struct bus_dma_region *r;

	seq_printf(m, "%s %s ", dev_name(dev), dev->bus->name);
	/* The driver may be unbinding: its name only under the device lock. */
	device_lock(dev);
	seq_puts(m, dev->driver ? dev->driver->name : "-");
	device_unlock(dev);
	seq_printf(m, " %#llx %#llx %#llx %lu %lu %lu", *dev->dma_mask,
		   dev->coherent_dma_mask, dev->bus_dma_limit,
		   reach->pages, reach->reached, reach->outside);
	if (!dev->dma_range_map)
		seq_puts(m, " -");
	for (r = dev->dma_range_map; r && r->size; r++)
		seq_printf(m, " %#llx:%#llx:%#llx", (u64)r->cpu_start, (u64)r->dma_start,
			   r->size);
	seq_putc(m, '\n');
}

/**
 * xen_dma_xlate_devices_show() - Print the devices file.
 * @m: The seq_file; its private data is what xen_dma_xlate_devices_open()
 *     computed.
 * @unused: Unused.
 *
 * One line per device, fields separated by one space: name, bus, driver
 * ("-" when unbound), dma_mask, coherent_dma_mask, bus_dma_limit (0: none),
 * dom0 RAM pages, pages reached directly, pages no DMA region of the
 * device reaches, then one "cpu_start:dma_start:size" word per DMA region,
 * or "-" when the device has no regions (bus address = DMA address).
 * Pages are Xen's 4 KiB pages of System RAM that have a bus frame.
 *
 * Context: Process context; may sleep (takes each device's lock).  Walks
 * no memory: called again when seq_file needs a larger buffer, it prints
 * the same counts.
 * Return: 0.
 */
int xen_dma_xlate_devices_show(struct seq_file *m, void *unused)
{
	const struct xen_dma_xlate_devices *t = m->private;
	size_t i;

	seq_puts(m, "# device bus driver dma_mask coherent_mask bus_dma_limit ram_pages reached_pages outside_pages regions(cpu:dma:size)...\n");
	for (i = 0; i < t->nr; i++)
		xen_dma_xlate_show_device(m, &t->reach[i]);
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(xen_dma_xlate_devices_show);

/**
 * xen_dma_xlate_devices_open() - Compute the devices file for one open.
 * @inode: The file's inode.
 * @file: The file.
 *
 * Collects every platform and PCI device with a DMA mask, then walks
 * dom0's System RAM once for all of them.
 *
 * Context: Process context; may sleep.
 * Return: 0, or -ENOMEM.
 */
int xen_dma_xlate_devices_open(struct inode *inode, struct file *file)
{
	struct xen_dma_xlate_devices *t = kzalloc(sizeof(*t), GFP_KERNEL);
	int err;

	if (!t)
		return -ENOMEM;
	err = bus_for_each_dev(&platform_bus_type, NULL, t, xen_dma_xlate_collect_device);
#ifdef CONFIG_PCI
	if (!err)
		err = bus_for_each_dev(&pci_bus_type, NULL, t, xen_dma_xlate_collect_device);
#endif
	if (!err)
		walk_iomem_res_desc(IORES_DESC_NONE, IORESOURCE_SYSTEM_RAM | IORESOURCE_BUSY,
				    0, -1, t, xen_dma_xlate_judge_ram);
	if (!err)
		err = single_open(file, xen_dma_xlate_devices_show, t);
	if (err)
		xen_dma_xlate_devices_free(t);
	return err;
}
EXPORT_SYMBOL_IF_KUNIT(xen_dma_xlate_devices_open);

/**
 * xen_dma_xlate_devices_release() - Drop what one open of the devices file held.
 * @inode: The file's inode.
 * @file: The file.
 *
 * Context: Process context.
 * Return: 0.
 */
int xen_dma_xlate_devices_release(struct inode *inode, struct file *file)
{
	struct seq_file *m = file->private_data;

	xen_dma_xlate_devices_free(m->private);
	return single_release(inode, file);
}
EXPORT_SYMBOL_IF_KUNIT(xen_dma_xlate_devices_release);

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
