// SPDX-License-Identifier: GPL-2.0
/*
 * arm64 dom0: swiotlb-xen with the device-tree test devices of
 * tests/e2e/arm64/board.dtsi (no registers, only a DMA configuration):
 * an RPi4-style offset, an emmc2-style window that ends inside dom0's
 * RAM, and two windows adjacent on the CPU side but apart on the bus.
 * QEMU ignores dma-ranges, so the checks judge the addresses swiotlb-xen
 * hands out and do the device's side of a bounce with the CPU.
 */
#include <linux/dma-direct.h>
#include <linux/dma-mapping.h>
#include <linux/mm.h>
#include <linux/mod_devicetable.h>
#include <linux/of.h>
#include <linux/platform_device.h>
#include <xen/dma-xlate.h>

#include "series.h"

#define SERIES_LEN	2048

static struct device *series_rpi4;

static void series_rpi4_checks(struct device *dev)
{
	const struct bus_dma_region *r = dev->dma_range_map;
	struct page *page = alloc_page(GFP_KERNEL);
	phys_addr_t phys;
	dma_addr_t dma, want;

	if (!page || !r) {
		e2e_report("swiotlb-arm64-offset", E2E_FAIL, "no page or no dma_range_map");
		goto out;
	}
	phys = page_to_phys(page);
	/* The offset straight from the device tree's dma-ranges. */
	want = phys - r->cpu_start + r->dma_start;
	dma = dma_map_page(dev, page, 0, SERIES_LEN, DMA_TO_DEVICE);
	e2e_report("swiotlb-arm64-offset", dma == want ? E2E_PASS : E2E_FAIL,
		   "phys %pa -> dma %pad, dma-ranges say %pad (%s)", &phys, &dma, &want,
		   series_kind_name(series_classify(dev, phys, dma)));
	if (!dma_mapping_error(dev, dma))
		dma_unmap_page(dev, dma, SERIES_LEN, DMA_TO_DEVICE);
out:
	if (page)
		__free_page(page);
	series_rpi4 = dev;
}

/* The CPU plays the device on a bounced mapping, both directions. */
static void series_bounce_data(struct device *dev, struct page *page)
{
	u8 *buf = page_address(page), *slot;
	dma_addr_t dma;
	int i, bad_out = 0, bad_in = 0;

	for (i = 0; i < SERIES_LEN; i++)
		buf[i] = (u8)(i * 5 + 1);
	dma = dma_map_page(dev, page, 0, SERIES_LEN, DMA_TO_DEVICE);
	if (series_classify(dev, page_to_phys(page), dma) != SERIES_BOUNCED) {
		e2e_report("swiotlb-arm64-bounce-data", E2E_FAIL, "not bounced: dma %pad", &dma);
		goto unmap;
	}
	slot = phys_to_virt(xen_dma_to_phys(dev, dma));
	for (i = 0; i < SERIES_LEN; i++)
		bad_out += slot[i] != buf[i];
	dma_unmap_page(dev, dma, SERIES_LEN, DMA_TO_DEVICE);

	dma = dma_map_page(dev, page, 0, SERIES_LEN, DMA_FROM_DEVICE);
	if (dma_mapping_error(dev, dma)) {
		e2e_report("swiotlb-arm64-bounce-data", E2E_FAIL, "second mapping failed");
		return;
	}
	slot = phys_to_virt(xen_dma_to_phys(dev, dma));
	for (i = 0; i < SERIES_LEN; i++)
		slot[i] = (u8)~buf[i];
	dma_unmap_page(dev, dma, SERIES_LEN, DMA_FROM_DEVICE);
	for (i = 0; i < SERIES_LEN; i++)
		bad_in += buf[i] != (u8)~(u8)(i * 5 + 1);
	e2e_report("swiotlb-arm64-bounce-data", !bad_out && !bad_in ? E2E_PASS : E2E_FAIL,
		   "to the slot: %d of %d bytes wrong; back from it: %d wrong",
		   bad_out, SERIES_LEN, bad_in);
	return;
unmap:
	if (!dma_mapping_error(dev, dma))
		dma_unmap_page(dev, dma, SERIES_LEN, DMA_TO_DEVICE);
}

static void series_emmc2_checks(struct device *dev)
{
	struct page *low, *high;

	series_pick_pages(dev, dev->bus_dma_limit, &low, &high);
	if (!low || !high) {
		e2e_report("swiotlb-arm64-window", E2E_FAIL, "no pages on both sides of %pad",
			   &dev->bus_dma_limit);
	} else {
		series_expect_map(dev, "swiotlb-arm64-window-inside", low, 0, SERIES_LEN,
				  SERIES_DIRECT);
		/* Zero bytes: mapped directly, as 6.1 does; never bounced. */
		series_expect_map(dev, "swiotlb-arm64-zero-length", low, 0, 0, SERIES_DIRECT);
		series_expect_map(dev, "swiotlb-arm64-window-past", high, 0, SERIES_LEN,
				  SERIES_BOUNCED);
		series_bounce_data(dev, high);
	}
	if (low)
		__free_page(low);
	if (high)
		__free_page(high);
}

/*
 * A range across the CPU-side boundary of two windows: its DMA addresses
 * jump, so only a bounce gives the device one contiguous range.  The pages
 * are not ours: map them to the device only.
 */
static void series_split_checks(struct device *dev)
{
	const struct bus_dma_region *r = dev->dma_range_map;
	unsigned long pfn;

	if (!r || !r[0].size || !r[1].size || r[0].cpu_start + r[0].size != r[1].cpu_start) {
		e2e_report("swiotlb-arm64-split-across", E2E_FAIL, "no two adjacent windows");
		return;
	}
	pfn = PHYS_PFN(r[1].cpu_start) - 1;
	if (!pfn_valid(pfn) || !pfn_valid(pfn + 1)) {
		e2e_report("swiotlb-arm64-split-across", E2E_FAIL, "boundary outside RAM");
		return;
	}
	series_expect_map(dev, "swiotlb-arm64-split-inside", pfn_to_page(pfn), 0, 512,
			  SERIES_DIRECT);
	series_expect_map(dev, "swiotlb-arm64-split-across", pfn_to_page(pfn),
			  PAGE_SIZE - 256, 512, SERIES_BOUNCED);
}

static int series_arm64_probe(struct platform_device *pdev)
{
	void (*checks)(struct device *dev) = of_device_get_match_data(&pdev->dev);

	checks(&pdev->dev);
	return 0;
}

static const struct of_device_id series_arm64_ids[] = {
	{ .compatible = "xen-dma-xlate,rpi4-legacy", .data = series_rpi4_checks },
	{ .compatible = "xen-dma-xlate,emmc2-narrow", .data = series_emmc2_checks },
	{ .compatible = "xen-dma-xlate,split", .data = series_split_checks },
	{ }
};

static struct platform_driver series_arm64_driver = {
	.driver = {
		.name = "xen-dma-series",
		.of_match_table = series_arm64_ids,
	},
	.probe = series_arm64_probe,
};

/**
 * series_arm64_register() - Register the driver of the arm64 test devices.
 *
 * Its probes run the checks of each device; the foreign page and the
 * grant-table checks run after them.
 *
 * Context: Process context (module init); the checks run before it returns.
 * Return: 0, or the errno of the registration.
 */
int series_arm64_register(void)
{
	int ret = platform_driver_register(&series_arm64_driver);

	if (!ret && series_rpi4)
		series_check_foreign(series_rpi4, "swiotlb-arm64-foreign");
	/* Last: the unconverted kernel may not survive it. */
	if (!ret && series_rpi4)
		series_check_gnttab(series_rpi4, "gnttab-dma-pages-arm64");
	else if (!ret)
		e2e_report("gnttab-dma-pages-arm64", E2E_FAIL, "no rpi4 device");
	return ret;
}

/**
 * series_arm64_unregister() - Unregister the driver of series_arm64_register().
 *
 * Context: Process context (module exit).
 */
void series_arm64_unregister(void)
{
	platform_driver_unregister(&series_arm64_driver);
}
