// SPDX-License-Identifier: GPL-2.0
/*
 * End-to-end test driver for xen-dma-xlate in a Xen x86 PV dom0.
 *
 * It binds to QEMU's edu device, runs every check once from probe (which
 * pci_register_driver() calls synchronously, so the checks are over when
 * insmod returns), prints one KTAP line per check and then the plan.  The
 * negative control runs last: it makes Xen log a DMAR fault, and the
 * positive checks must have produced none before it.
 */
#include <linux/dma-mapping.h>
#include <linux/module.h>
#include <linux/pci.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <xen/xen.h>

#include "e2e.h"

#define E2E_KMALLOC_PAGES	16
#define E2E_VMALLOC_PAGES	64
#define E2E_COHERENT_PAGES	4

static bool e2e_probed;

/* Every check, in order; the negative control must come last. */
static void e2e_run(struct e2e_edu *edu)
{
	struct device *dev = &edu->pdev->dev;
	size_t csize = E2E_COHERENT_PAGES * PAGE_SIZE;
	void *kbuf, *vbuf, *cbuf;
	dma_addr_t handle;

	kbuf = kmalloc(E2E_KMALLOC_PAGES * PAGE_SIZE, GFP_KERNEL);
	vbuf = vmalloc(E2E_VMALLOC_PAGES * PAGE_SIZE);
	cbuf = dma_alloc_coherent(dev, csize, &handle, GFP_KERNEL);

	e2e_check_p2m(dev, "p2m-kmalloc", kbuf, E2E_KMALLOC_PAGES, 0);
	e2e_check_p2m(dev, "p2m-vmalloc", vbuf, E2E_VMALLOC_PAGES, 0);
	e2e_check_p2m(dev, "p2m-coherent", cbuf, E2E_COHERENT_PAGES, handle);
	e2e_check_capable(dev);
	e2e_check_image(dev);
	if (cbuf) {
		e2e_check_dma(edu, cbuf, csize);
		e2e_check_negative(edu, cbuf);
	} else {
		e2e_report("dma", E2E_FAIL, "dma_alloc_coherent failed");
	}

	if (cbuf)
		dma_free_coherent(dev, csize, cbuf, handle);
	vfree(vbuf);
	kfree(kbuf);
}

static int e2e_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	struct e2e_edu edu = { .pdev = pdev };
	int ret;

	e2e_probed = true;
	ret = pcim_enable_device(pdev);
	if (!ret)
		ret = pcim_iomap_regions(pdev, BIT(0), "xen-dma-xlate-e2e");
	if (!ret)
		ret = dma_set_mask_and_coherent(&pdev->dev,
						DMA_BIT_MASK(E2E_EDU_DMA_BITS));
	if (ret) {
		e2e_report("edu", E2E_FAIL, "device setup failed: %d", ret);
		goto done;
	}
	pci_set_master(pdev);
	edu.regs = pcim_iomap_table(pdev)[0];
	e2e_report("edu", E2E_PASS, "%s bound, 28-bit DMA mask, xen_pv_domain=%d",
		   pci_name(pdev), xen_pv_domain());
	if (!xen_pv_domain())
		e2e_report("xen", E2E_FAIL, "not a Xen PV domain: nothing to test");
	else
		e2e_run(&edu);
	pci_clear_master(pdev);
done:
	return 0;
}

static const struct pci_device_id e2e_ids[] = {
	{ PCI_DEVICE(0x1234, 0x11e8) },	/* QEMU edu */
	{ }
};
MODULE_DEVICE_TABLE(pci, e2e_ids);

static struct pci_driver e2e_driver = {
	.name = "xen-dma-xlate-e2e",
	.id_table = e2e_ids,
	.probe = e2e_probe,
};

static int __init e2e_init(void)
{
	int ret;

	e2e_ktap_begin();
	ret = pci_register_driver(&e2e_driver);
	if (!ret && !e2e_probed)
		e2e_report("edu", E2E_FAIL, "no edu device (1234:11e8)");
	e2e_ktap_end();
	return ret;
}
module_init(e2e_init);

static void __exit e2e_exit(void)
{
	pci_unregister_driver(&e2e_driver);
}
module_exit(e2e_exit);

MODULE_DESCRIPTION("End-to-end test of xen-dma-xlate with QEMU's edu device");
MODULE_LICENSE("GPL");
