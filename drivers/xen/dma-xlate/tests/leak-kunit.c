// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: make kmemleak scan once the other suites have run, and fail on
 * any leak it finds.
 *
 * A KUnit kernel powers off seconds after boot, long before kmemleak's
 * first automatic scan (a minute after boot), so without this a debug run
 * would say nothing about leaks.  kmemleak only reports objects older than
 * five seconds and unchanged since its previous scan; the case waits that
 * long first, then asks for two scans.  This file is linked last,
 * so its suite runs after the library's other suites.
 */
#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/kthread.h>
#include <linux/mman.h>
#include <linux/module.h>
#include <linux/mount.h>
#include <linux/sched/mm.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

/* Past kmemleak's minimum age of a reportable object (5 s). */
#define LEAK_MIN_AGE_MS		5500
#define LEAK_REPORT_SIZE	8192

#if IS_ENABLED(CONFIG_DEBUG_KMEMLEAK) && IS_BUILTIN(CONFIG_XEN_DMA_XLATE_KUNIT_TEST)

static struct vfsmount *leak_mount_debugfs(struct kunit *test)
{
	struct file_system_type *type = get_fs_type("debugfs");
	struct vfsmount *mnt;

	KUNIT_ASSERT_NOT_NULL(test, type);
	mnt = vfs_kern_mount(type, 0, "debugfs", NULL);
	/* What put_filesystem() does; it is not exported. */
	module_put(type->owner);
	KUNIT_ASSERT_FALSE(test, IS_ERR(mnt));
	return mnt;
}

/*
 * kmemleak's file has only .read and .write, which take user buffers:
 * give this kernel thread an address space of its own with one mapping,
 * as a user would have.
 */
static char __user *leak_user_buffer(struct kunit *test, struct mm_struct **mmp)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long addr;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	arch_pick_mmap_layout(mm, &current->signal->rlim[RLIMIT_STACK]);
	kthread_use_mm(mm);
	*mmp = mm;
	addr = vm_mmap(NULL, 0, LEAK_REPORT_SIZE, PROT_READ | PROT_WRITE,
		       MAP_ANONYMOUS | MAP_PRIVATE, 0);
	if (IS_ERR_VALUE(addr))
		return NULL;
	return (char __user *)addr;
}

static void leak_drop_user_buffer(struct mm_struct *mm)
{
	kthread_unuse_mm(mm);
	mmput(mm);
}

/*
 * Ask kmemleak for two scans and copy its report into @report.  A scan
 * does not report an object whose content changed since the scan before
 * (it may be in use); the first scan sees every object as changed.
 */
static ssize_t leak_scan(struct file *f, char __user *ubuf, char *report)
{
	loff_t pos = 0;
	ssize_t len;
	int scan;

	if (copy_to_user(ubuf, "scan", 4))
		return -EFAULT;
	for (scan = 0; scan < 2; scan++) {
		/* The write returns when the scan is over. */
		len = vfs_write(f, ubuf, 4, &pos);
		if (len != 4)
			return len < 0 ? len : -EIO;
	}
	pos = 0;
	len = vfs_read(f, ubuf, LEAK_REPORT_SIZE - 1, &pos);
	if (len > 0 && copy_from_user(report, ubuf, len))
		return -EFAULT;
	return len;
}

static void kmemleak_scan_clean(struct kunit *test)
{
	struct mm_struct *mm = NULL;
	struct vfsmount *mnt;
	char __user *ubuf;
	struct file *f;
	char *report;
	int leaks = 0;
	ssize_t len;
	char *p;

	report = kunit_kzalloc(test, LEAK_REPORT_SIZE, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, report);
	mnt = leak_mount_debugfs(test);
	msleep(LEAK_MIN_AGE_MS);

	f = file_open_root_mnt(mnt, "kmemleak", O_RDWR, 0);
	if (IS_ERR(f)) {
		mntput(mnt);
		KUNIT_FAIL(test, "cannot open kmemleak: %ld", PTR_ERR(f));
		return;
	}
	ubuf = leak_user_buffer(test, &mm);
	len = ubuf ? leak_scan(f, ubuf, report) : -ENOMEM;
	leak_drop_user_buffer(mm);
	fput(f);
	mntput(mnt);

	KUNIT_ASSERT_GE_MSG(test, len, 0, "no scan: kmemleak off or out of its pool?");
	for (p = report; (p = strstr(p, "unreferenced object")); p++)
		leaks++;
	kunit_info(test, "kmemleak scanned: %d suspected leaks\n", leaks);
	KUNIT_EXPECT_EQ_MSG(test, leaks, 0, "kmemleak report:\n%.2000s", report);
}

#else

static void kmemleak_scan_clean(struct kunit *test)
{
	kunit_skip(test, "needs kmemleak and the tests built in");
}

#endif

static struct kunit_case leak_test_cases[] = {
	KUNIT_CASE(kmemleak_scan_clean),
	{ }
};

static struct kunit_suite leak_test_suite = {
	.name = "xen-dma-xlate-leaks",
	.test_cases = leak_test_cases,
};

kunit_test_suite(leak_test_suite);
