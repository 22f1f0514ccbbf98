// SPDX-License-Identifier: GPL-2.0
/*
 * x86 PV dom0: swiotlb-xen with QEMU's edu device (28-bit DMA mask) behind
 * an emulated VT-d that Xen runs in strict mode, so a DMA to a frame that
 * is not the mapped one is a DMAR fault in Xen's log.
 */
#include <linux/delay.h>
#include <linux/dma-mapping.h>
#include <linux/mm.h>
#include <linux/pci.h>
#include <linux/slab.h>
#include <xen/dma-xlate.h>
#include <xen/page.h>

#include "e2e.h"
#include "series.h"

#define SERIES_XFER	2048	/* under the 4 KiB edu transfers must stay below */

/*
 * Two neighbouring pfns whose bus frames are not neighbours: only the
 * whole-range check sees that the pair needs a bounce.  The pages are not
 * ours, so they are only ever mapped to the device.
 */
static struct page *series_find_break(struct device *dev)
{
	unsigned long pfn;

	for (pfn = 1; pfn + 1 < xen_p2m_size; pfn++) {
		phys_addr_t phys = PFN_PHYS(pfn);

		if (!pfn_valid(pfn) || !pfn_valid(pfn + 1) ||
		    PageReserved(pfn_to_page(pfn)) || PageReserved(pfn_to_page(pfn + 1)))
			continue;
		if (xen_phys_to_dma(dev, phys) != DMA_MAPPING_ERROR &&
		    xen_phys_to_dma(dev, phys + PAGE_SIZE) != DMA_MAPPING_ERROR &&
		    !xen_phys_range_contiguous(phys, 2 * PAGE_SIZE))
			return pfn_to_page(pfn);
	}
	return NULL;
}

static void series_decisions(struct device *dev, struct page *low, struct page *high)
{
	struct page *pair;

	series_expect_map(dev, "swiotlb-x86-direct", low, 0, SERIES_XFER, SERIES_DIRECT);
	/* Zero bytes: 6.1 maps them directly; a bounce would hit swiotlb's BUG_ON. */
	series_expect_map(dev, "swiotlb-x86-zero-length", low, 0, 0, SERIES_DIRECT);
	series_expect_map(dev, "swiotlb-x86-past-mask", high, 0, SERIES_XFER, SERIES_BOUNCED);

	/*
	 * Below 2^28 the p2m may have no break at all: judge the pair with a
	 * 64-bit mask, so that only the break can make swiotlb-xen bounce.
	 * Nothing is transferred with that mask.
	 */
	dma_set_mask(dev, DMA_BIT_MASK(64));
	pair = series_find_break(dev);
	if (pair)
		series_expect_map(dev, "swiotlb-x86-noncontiguous", pair, PAGE_SIZE - 256, 512,
				  SERIES_BOUNCED);
	else
		e2e_report("swiotlb-x86-noncontiguous", E2E_FAIL, "no pfn pair with a break");
	dma_set_mask(dev, DMA_BIT_MASK(E2E_EDU_DMA_BITS));
}

/* One edu round trip RAM -> device -> RAM through two streaming mappings. */
static void series_roundtrip(struct e2e_edu *edu, const char *name,
			     struct page *src, struct page *dst,
			     enum series_map_kind expected)
{
	struct device *dev = &edu->pdev->dev;
	u8 *s = page_address(src), *d = page_address(dst);
	enum series_map_kind skind, dkind;
	dma_addr_t sdma, ddma;
	int ret = -EIO, bad = 0, i;

	for (i = 0; i < SERIES_XFER; i++) {
		s[i] = (u8)(i * 7 + 3);
		d[i] = 0;
	}
	sdma = dma_map_page(dev, src, 0, SERIES_XFER, DMA_TO_DEVICE);
	ddma = dma_map_page(dev, dst, 0, SERIES_XFER, DMA_FROM_DEVICE);
	skind = series_classify(dev, page_to_phys(src), sdma);
	dkind = series_classify(dev, page_to_phys(dst), ddma);
	if (!dma_mapping_error(dev, sdma) && !dma_mapping_error(dev, ddma)) {
		ret = e2e_edu_to_device(edu, sdma, SERIES_XFER);
		if (!ret)
			ret = e2e_edu_to_ram(edu, ddma, SERIES_XFER);
	}
	/* Unmapping copies a bounced destination back: compare after it. */
	if (!dma_mapping_error(dev, ddma))
		dma_unmap_page(dev, ddma, SERIES_XFER, DMA_FROM_DEVICE);
	if (!dma_mapping_error(dev, sdma))
		dma_unmap_page(dev, sdma, SERIES_XFER, DMA_TO_DEVICE);
	for (i = 0; i < SERIES_XFER; i++)
		bad += s[i] != d[i];
	e2e_report(name, !ret && !bad && skind == expected && dkind == expected ?
		   E2E_PASS : E2E_FAIL,
		   "%d bytes, %d wrong; source %s, destination %s; device status %d",
		   SERIES_XFER, bad, series_kind_name(skind), series_kind_name(dkind), ret);
}

/* dma_map_single() of kmalloc memory and a coherent buffer, both by edu. */
static void series_single_and_coherent(struct e2e_edu *edu)
{
	struct device *dev = &edu->pdev->dev;
	u8 *src = kmalloc(SERIES_XFER, GFP_KERNEL), *dst = kzalloc(SERIES_XFER, GFP_KERNEL);
	dma_addr_t sdma = DMA_MAPPING_ERROR, ddma = DMA_MAPPING_ERROR, chandle;
	u8 *coherent = dma_alloc_coherent(dev, 2 * PAGE_SIZE, &chandle, GFP_KERNEL);
	int i, bad = 0, ret = -ENOMEM;

	if (src && dst) {
		for (i = 0; i < SERIES_XFER; i++)
			src[i] = (u8)(i * 13 + 1);
		sdma = dma_map_single(dev, src, SERIES_XFER, DMA_TO_DEVICE);
		ddma = dma_map_single(dev, dst, SERIES_XFER, DMA_FROM_DEVICE);
		ret = -EIO;
		if (!dma_mapping_error(dev, sdma) && !dma_mapping_error(dev, ddma)) {
			ret = e2e_edu_to_device(edu, sdma, SERIES_XFER);
			if (!ret)
				ret = e2e_edu_to_ram(edu, ddma, SERIES_XFER);
		}
		if (!dma_mapping_error(dev, sdma))
			dma_unmap_single(dev, sdma, SERIES_XFER, DMA_TO_DEVICE);
		if (!dma_mapping_error(dev, ddma))
			dma_unmap_single(dev, ddma, SERIES_XFER, DMA_FROM_DEVICE);
		for (i = 0; i < SERIES_XFER; i++)
			bad += src[i] != dst[i];
	}
	e2e_report("swiotlb-x86-map-single", !ret && !bad ? E2E_PASS : E2E_FAIL,
		   "kmalloc %d bytes both ways, %d wrong, status %d", SERIES_XFER, bad, ret);

	/* The coherent buffer straddles a page: the device reads across it. */
	ret = -ENOMEM;
	bad = 0;
	if (coherent && src) {
		memcpy(coherent + PAGE_SIZE - SERIES_XFER / 2, src, SERIES_XFER);
		ret = e2e_edu_to_device(edu, chandle + PAGE_SIZE - SERIES_XFER / 2, SERIES_XFER);
		if (!ret)
			ret = e2e_edu_to_ram(edu, chandle, SERIES_XFER);
		for (i = 0; i < SERIES_XFER; i++)
			bad += coherent[i] != src[i];
	}
	e2e_report("swiotlb-x86-coherent", !ret && !bad ? E2E_PASS : E2E_FAIL,
		   "dma_alloc_coherent 2 pages, handle %pad, %d bytes across the page boundary, %d wrong, status %d",
		   &chandle, SERIES_XFER, bad, ret);
	if (coherent)
		dma_free_coherent(dev, 2 * PAGE_SIZE, coherent, chandle);
	kfree(dst);
	kfree(src);
}

/*
 * Negative control: a DMA to a machine frame dom0 does not own must be
 * refused by VT-d in strict mode, and Xen logs the fault between the
 * markers.  Without it, zero faults elsewhere would prove nothing.
 */
static void series_negative(struct e2e_edu *edu)
{
	unsigned long mfn;
	dma_addr_t wrong;
	int ret;

	for (mfn = 1; mfn < 256 && e2e_mfn_owner(mfn) != E2E_NO_MFN; mfn++)
		;
	if (mfn == 256) {
		e2e_report("negative", E2E_FAIL, "dom0 owns every low machine frame");
		return;
	}
	wrong = PFN_PHYS(mfn);
	pr_info(E2E_PREFIX "# NEGATIVE BEGIN programmed %pad (mfn %#lx, not dom0's)\n",
		&wrong, mfn);
	ret = e2e_edu_to_device(edu, wrong, 256);
	/* Xen reports the fault from its interrupt handler: give it time. */
	msleep(1000);
	pr_info(E2E_PREFIX "# NEGATIVE END\n");
	e2e_report("negative", ret ? E2E_FAIL : E2E_PASS,
		   "programmed %pad, a frame dom0 does not own: status %d (faults: see the rows below)",
		   &wrong, ret);
}

static int series_x86_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	struct e2e_edu edu = { .pdev = pdev };
	struct device *dev = &pdev->dev;
	struct page *low, *high, *low2, *high2;
	int ret;

	ret = pcim_enable_device(pdev);
	if (!ret)
		ret = pcim_iomap_regions(pdev, BIT(0), "xen-dma-series");
	if (!ret)
		ret = dma_set_mask_and_coherent(dev, DMA_BIT_MASK(E2E_EDU_DMA_BITS));
	if (ret) {
		e2e_report("series-edu", E2E_FAIL, "device setup failed: %d", ret);
		return 0;
	}
	pci_set_master(pdev);
	edu.regs = pcim_iomap_table(pdev)[0];

	series_negative(&edu);
	series_pick_pages(dev, DMA_BIT_MASK(E2E_EDU_DMA_BITS), &low, &high);
	series_pick_pages(dev, DMA_BIT_MASK(E2E_EDU_DMA_BITS), &low2, &high2);
	if (low && high && low2 && high2) {
		series_decisions(dev, low, high);
		series_roundtrip(&edu, "swiotlb-x86-page-direct", low, low2, SERIES_DIRECT);
		series_roundtrip(&edu, "swiotlb-x86-page-bounced", high, high2, SERIES_BOUNCED);
	} else {
		e2e_report("series-pages", E2E_FAIL, "no pages on both sides of the mask");
	}
	series_single_and_coherent(&edu);
	series_check_gnttab(dev, "gnttab-dma-pages-x86");

	if (low)
		__free_page(low);
	if (high)
		__free_page(high);
	if (low2)
		__free_page(low2);
	if (high2)
		__free_page(high2);
	pci_clear_master(pdev);
	return 0;
}

static const struct pci_device_id series_x86_ids[] = {
	{ PCI_DEVICE(0x1234, 0x11e8) },	/* QEMU edu */
	{ }
};

static struct pci_driver series_x86_driver = {
	.name = "xen-dma-series",
	.id_table = series_x86_ids,
	.probe = series_x86_probe,
};

/**
 * series_x86_register() - Register the edu device's driver, whose probe runs the checks.
 *
 * Context: Process context (module init); the checks run before it returns.
 * Return: 0, or the errno of the registration.
 */
int series_x86_register(void)
{
	return pci_register_driver(&series_x86_driver);
}

/**
 * series_x86_unregister() - Unregister the driver of series_x86_register().
 *
 * Context: Process context (module exit).
 */
void series_x86_unregister(void)
{
	pci_unregister_driver(&series_x86_driver);
}
