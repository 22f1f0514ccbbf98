// SPDX-License-Identifier: GPL-2.0
/*
 * /sys/kernel/debug/xen-dma-xlate/: the library's diagnostics for board
 * bring-up (see debugfs.h for the files).  Every file is root only; only
 * translate can be written, and a write it cannot parse fails with
 * -EINVAL and leaves the last good query in place.
 */
#include <kunit/visibility.h>
#include <linux/debugfs.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/mutex.h>
#include <linux/percpu.h>
#include <linux/seq_file.h>
#include <linux/uaccess.h>

#include "debugfs.h"
#include "stats.h"

DEFINE_PER_CPU(struct xen_dma_xlate_failures, xen_dma_xlate_failures);

static const char * const xen_dma_xlate_failure_names[XEN_DMA_XLATE_NR_FAILURES] = {
	[XEN_DMA_XLATE_FAIL_BAD_ARGUMENT] = "bad-argument",
	[XEN_DMA_XLATE_FAIL_NO_BUS_FRAME] = "no-bus-frame",
	[XEN_DMA_XLATE_FAIL_NO_LOCAL_FRAME] = "no-local-frame",
	[XEN_DMA_XLATE_FAIL_OUTSIDE_REGION] = "outside-region",
	[XEN_DMA_XLATE_FAIL_REGION_END] = "region-end",
	[XEN_DMA_XLATE_FAIL_NOT_CONTIGUOUS] = "not-contiguous",
	[XEN_DMA_XLATE_FAIL_BEYOND_MASK] = "beyond-mask",
	[XEN_DMA_XLATE_FAIL_VIRT_UNMAPPED] = "virt-unmapped",
};

static struct dentry *xen_dma_xlate_dir;

/* The last query written to translate; "phys 0" until someone writes one. */
static DEFINE_MUTEX(xen_dma_xlate_query_lock);
static struct xen_dma_xlate_query xen_dma_xlate_query = { .space = XEN_DMA_XLATE_PHYS };

/**
 * xen_dma_xlate_failure_count() - Failures of one kind, over all CPUs.
 * @kind: The kind.
 *
 * Context: Any context.  The sum is not a snapshot: failures counted while
 * it runs may or may not be in it.
 * Return: The number of failures of @kind since the library was loaded.
 */
unsigned long xen_dma_xlate_failure_count(enum xen_dma_xlate_failure kind)
{
	unsigned long sum = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		sum += per_cpu(xen_dma_xlate_failures, cpu).count[kind];
	return sum;
}
EXPORT_SYMBOL_IF_KUNIT(xen_dma_xlate_failure_count);

static int xen_dma_xlate_failures_show(struct seq_file *m, void *unused)
{
	int kind;

	for (kind = 0; kind < XEN_DMA_XLATE_NR_FAILURES; kind++)
		seq_printf(m, "%s %lu\n", xen_dma_xlate_failure_names[kind],
			   xen_dma_xlate_failure_count(kind));
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(xen_dma_xlate_failures);

static int xen_dma_xlate_foreign_show(struct seq_file *m, void *unused)
{
	long foreign = xen_dma_xlate_count_foreign();

	if (foreign < 0)
		seq_puts(m, "unknown (auto-translated guest: Xen keeps its p2m)\n");
	else
		seq_printf(m, "%ld\n", foreign);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(xen_dma_xlate_foreign);

static const struct file_operations xen_dma_xlate_devices_fops = {
	.owner = THIS_MODULE,
	.open = xen_dma_xlate_devices_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = xen_dma_xlate_devices_release,
};

static void xen_dma_xlate_print_answer(struct seq_file *m, const struct xen_dma_xlate_query *q,
				       const struct xen_dma_xlate_answer *a)
{
	int s;

	seq_printf(m, "query %s %#llx %s\n", xen_dma_xlate_space_name(q->space), q->addr,
		   q->device[0] ? q->device : "-");
	for (s = 0; s < XEN_DMA_XLATE_NR_SPACES; s++) {
		if (a->why[s])
			seq_printf(m, "%s - %s\n", xen_dma_xlate_space_name(s), a->why[s]);
		else
			seq_printf(m, "%s %#llx\n", xen_dma_xlate_space_name(s), a->addr[s]);
	}
	if (!q->device[0])
		seq_puts(m, "direct - no device given\n");
	else if (a->why[XEN_DMA_XLATE_DMA])
		seq_puts(m, "direct - no DMA address\n");
	else if (a->addr[XEN_DMA_XLATE_DMA] > a->limit)
		seq_printf(m, "direct no: above the limit %#llx, would bounce\n", a->limit);
	else
		seq_printf(m, "direct yes: at or below the limit %#llx\n", a->limit);
}

static int xen_dma_xlate_translate_show(struct seq_file *m, void *unused)
{
	struct xen_dma_xlate_answer a;
	struct xen_dma_xlate_query q;
	struct device *dev = NULL;

	mutex_lock(&xen_dma_xlate_query_lock);
	q = xen_dma_xlate_query;
	mutex_unlock(&xen_dma_xlate_query_lock);

	if (q.device[0]) {
		dev = xen_dma_xlate_find_device(q.device);
		if (!dev) {
			seq_printf(m, "query %s %#llx %s\nerror no such platform or PCI device\n",
				   xen_dma_xlate_space_name(q.space), q.addr, q.device);
			return 0;
		}
	}
	xen_dma_xlate_explain(dev, q.space, q.addr, &a);
	xen_dma_xlate_print_answer(m, &q, &a);
	put_device(dev);
	return 0;
}

static int xen_dma_xlate_translate_open(struct inode *inode, struct file *file)
{
	return single_open(file, xen_dma_xlate_translate_show, NULL);
}

static ssize_t xen_dma_xlate_translate_write(struct file *file, const char __user *ubuf,
					     size_t len, loff_t *ppos)
{
	char buf[XEN_DMA_XLATE_QUERY_MAX];
	struct xen_dma_xlate_query q;

	if (*ppos || !len || len >= sizeof(buf))
		return -EINVAL;
	if (copy_from_user(buf, ubuf, len))
		return -EFAULT;
	if (xen_dma_xlate_parse_query(buf, len, &q))
		return -EINVAL;

	mutex_lock(&xen_dma_xlate_query_lock);
	xen_dma_xlate_query = q;
	mutex_unlock(&xen_dma_xlate_query_lock);
	*ppos += len;
	return len;
}

static const struct file_operations xen_dma_xlate_translate_fops = {
	.owner = THIS_MODULE,
	.open = xen_dma_xlate_translate_open,
	.read = seq_read,
	.write = xen_dma_xlate_translate_write,
	.llseek = seq_lseek,
	.release = single_release,
};

/**
 * xen_dma_xlate_debugfs_init() - Create /sys/kernel/debug/xen-dma-xlate/.
 *
 * debugfs failures are not errors: the library works without its
 * diagnostics, so nothing is checked here.
 *
 * Context: Process context (module init).
 */
void xen_dma_xlate_debugfs_init(void)
{
	xen_dma_xlate_dir = debugfs_create_dir("xen-dma-xlate", NULL);
	debugfs_create_file("devices", 0400, xen_dma_xlate_dir, NULL,
			    &xen_dma_xlate_devices_fops);
	debugfs_create_file("translate", 0600, xen_dma_xlate_dir, NULL,
			    &xen_dma_xlate_translate_fops);
	debugfs_create_file("failures", 0400, xen_dma_xlate_dir, NULL,
			    &xen_dma_xlate_failures_fops);
	debugfs_create_file("foreign-frames", 0400, xen_dma_xlate_dir, NULL,
			    &xen_dma_xlate_foreign_fops);
}

/**
 * xen_dma_xlate_debugfs_exit() - Remove /sys/kernel/debug/xen-dma-xlate/.
 *
 * Context: Process context (module exit).
 */
void xen_dma_xlate_debugfs_exit(void)
{
	debugfs_remove_recursive(xen_dma_xlate_dir);
}
