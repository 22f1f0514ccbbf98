// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the debugfs diagnostics: the parser of the translate
 * file must refuse every malformed line, its answers must be what the
 * library computes (they follow the same steps, written apart), and the
 * failure counters must count failures, by kind, and nothing else.
 */
#include <kunit/test.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/dma-mapping.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/sizes.h>
#include <linux/string.h>
#include <xen/dma-xlate.h>

#include "../debugfs.h"
#include "../stats.h"
#include "test-env.h"

/* pfn 0x100 is at bus frame 0x20100 in the fake p2m; the RPi4 map adds 0xc0000000. */
#define MOVED_PADDR	0x100123
#define MOVED_BADDR	0x20100123
#define MOVED_RPI4_DMA	0xe0100123
/* pfn 0x104 has no bus frame; bus frame 0x3ff00 belongs to another domain. */
#define MISSING_PADDR	0x104000
#define FOREIGN_BADDR	0x3ff00000
/* Beyond the RPi4 map's single 1 GiB region. */
#define OUTSIDE_PADDR	0x40000000

static int parse(const char *line, struct xen_dma_xlate_query *q)
{
	return xen_dma_xlate_parse_query(line, strlen(line), q);
}

static void parse_accepts_good_lines(struct kunit *test)
{
	struct xen_dma_xlate_query q;

	KUNIT_ASSERT_EQ(test, parse("phys 0x1000\n", &q), 0);
	KUNIT_EXPECT_EQ(test, q.space, XEN_DMA_XLATE_PHYS);
	KUNIT_EXPECT_EQ(test, q.addr, 0x1000ULL);
	KUNIT_EXPECT_STREQ(test, q.device, "");

	KUNIT_ASSERT_EQ(test, parse("  bus\t4096\n", &q), 0);
	KUNIT_EXPECT_EQ(test, q.space, XEN_DMA_XLATE_BUS);
	KUNIT_EXPECT_EQ(test, q.addr, 4096ULL);

	KUNIT_ASSERT_EQ(test, parse("dma 0xc0001000 fe340000.mmc", &q), 0);
	KUNIT_EXPECT_EQ(test, q.space, XEN_DMA_XLATE_DMA);
	KUNIT_EXPECT_EQ(test, q.addr, 0xc0001000ULL);
	KUNIT_EXPECT_STREQ(test, q.device, "fe340000.mmc");

	KUNIT_ASSERT_EQ(test, parse("virt 0xffffffffffffffff 0000:00:02.0\n", &q), 0);
	KUNIT_EXPECT_EQ(test, q.space, XEN_DMA_XLATE_VIRT);
	KUNIT_EXPECT_EQ(test, q.addr, ~0ULL);
	KUNIT_EXPECT_STREQ(test, q.device, "0000:00:02.0");
}

static void parse_refuses_bad_lines(struct kunit *test)
{
	static const char * const bad[] = {
		"", "\n", " \t ", "phys", "phys\n", "PHYS 0x1", "foo 0x1",
		"phys 0x1g", "phys -1", "phys 0x10000000000000000", "phys x",
		"phys 0x1 dev extra", "dma 0x1000", "dma 0x1000\n",
	};
	char name[XEN_DMA_XLATE_QUERY_DEVICE_MAX + 16];
	char line[XEN_DMA_XLATE_QUERY_MAX + 1];
	struct xen_dma_xlate_query q;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(bad); i++)
		KUNIT_EXPECT_EQ_MSG(test, parse(bad[i], &q), -EINVAL, "line '%s'", bad[i]);

	/* A device name one byte too long for the query. */
	memset(name, 'd', XEN_DMA_XLATE_QUERY_DEVICE_MAX);
	name[XEN_DMA_XLATE_QUERY_DEVICE_MAX] = '\0';
	snprintf(line, sizeof(line), "phys 0x1 %s", name);
	KUNIT_EXPECT_EQ(test, parse(line, &q), -EINVAL);
	name[XEN_DMA_XLATE_QUERY_DEVICE_MAX - 1] = '\0';
	snprintf(line, sizeof(line), "phys 0x1 %s", name);
	KUNIT_EXPECT_EQ(test, parse(line, &q), 0);

	/* A line as long as the buffer, and one with a NUL inside. */
	memset(line, ' ', XEN_DMA_XLATE_QUERY_MAX);
	memcpy(line, "phys 0x1", 8);
	KUNIT_EXPECT_EQ(test, xen_dma_xlate_parse_query(line, XEN_DMA_XLATE_QUERY_MAX, &q),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, xen_dma_xlate_parse_query("phys 0x1\0 0x2", 13, &q), -EINVAL);
	KUNIT_EXPECT_EQ(test, xen_dma_xlate_parse_query("phys 0x1", 0, &q), -EINVAL);
}

static void answer_phys_matches_library(struct kunit *test)
{
	struct device *dev = xlate_test_device(test, xlate_test_rpi4_map, DMA_BIT_MASK(32), 0);
	struct xen_dma_xlate_answer a;
	void *vaddr;

	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	xen_dma_xlate_explain(dev, XEN_DMA_XLATE_PHYS, MOVED_PADDR, &a);
	KUNIT_ASSERT_NULL(test, a.why[XEN_DMA_XLATE_BUS]);
	KUNIT_EXPECT_EQ(test, a.addr[XEN_DMA_XLATE_BUS], MOVED_BADDR);
	KUNIT_ASSERT_NULL(test, a.why[XEN_DMA_XLATE_DMA]);
	KUNIT_EXPECT_EQ(test, a.addr[XEN_DMA_XLATE_DMA], MOVED_RPI4_DMA);
	KUNIT_EXPECT_EQ(test, a.addr[XEN_DMA_XLATE_DMA], xen_phys_to_dma(dev, MOVED_PADDR));
	KUNIT_EXPECT_EQ(test, a.limit, DMA_BIT_MASK(32));
	/* The linear map holds low RAM on both architectures' test kernels. */
	if (!a.why[XEN_DMA_XLATE_VIRT]) {
		vaddr = (void *)(uintptr_t)a.addr[XEN_DMA_XLATE_VIRT];
		KUNIT_EXPECT_EQ(test, xen_virt_to_phys(vaddr), (phys_addr_t)MOVED_PADDR);
	}
}

static void answer_dma_matches_library(struct kunit *test)
{
	struct device *dev = xlate_test_device(test, xlate_test_rpi4_map, DMA_BIT_MASK(31), 0);
	struct xen_dma_xlate_answer a;

	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	xen_dma_xlate_explain(dev, XEN_DMA_XLATE_DMA, MOVED_RPI4_DMA, &a);
	KUNIT_ASSERT_NULL(test, a.why[XEN_DMA_XLATE_BUS]);
	KUNIT_EXPECT_EQ(test, a.addr[XEN_DMA_XLATE_BUS], MOVED_BADDR);
	KUNIT_ASSERT_NULL(test, a.why[XEN_DMA_XLATE_PHYS]);
	KUNIT_EXPECT_EQ(test, a.addr[XEN_DMA_XLATE_PHYS], MOVED_PADDR);
	KUNIT_EXPECT_EQ(test, a.addr[XEN_DMA_XLATE_PHYS], xen_dma_to_phys(dev, MOVED_RPI4_DMA));
	/* A 31-bit mask stops below 0xe0100123: the answer must say so. */
	KUNIT_EXPECT_GT(test, a.addr[XEN_DMA_XLATE_DMA], a.limit);

	/* Outside the only region: no bus address, and the library agrees. */
	xen_dma_xlate_explain(dev, XEN_DMA_XLATE_DMA, 0x1000, &a);
	KUNIT_EXPECT_NOT_NULL(test, a.why[XEN_DMA_XLATE_BUS]);
	KUNIT_EXPECT_NOT_NULL(test, a.why[XEN_DMA_XLATE_PHYS]);
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(dev, 0x1000), NO_PHYS);
}

static void answer_names_the_failed_step(struct kunit *test)
{
	struct device *rpi4 = xlate_test_device(test, xlate_test_rpi4_map, DMA_BIT_MASK(64), 0);
	struct device *plain = xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);
	struct xen_dma_xlate_answer a;

	xlate_test_use_p2m(test, &xlate_test_x86_p2m);

	/* No bus frame: bus and dma fail, the library refuses too. */
	xen_dma_xlate_explain(plain, XEN_DMA_XLATE_PHYS, MISSING_PADDR, &a);
	KUNIT_EXPECT_NOT_NULL(test, a.why[XEN_DMA_XLATE_BUS]);
	KUNIT_EXPECT_NOT_NULL(test, a.why[XEN_DMA_XLATE_DMA]);
	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(plain, MISSING_PADDR), DMA_MAPPING_ERROR);

	/* Another domain's frame: no local pfn, but the DMA address exists. */
	xen_dma_xlate_explain(plain, XEN_DMA_XLATE_BUS, FOREIGN_BADDR, &a);
	KUNIT_EXPECT_NOT_NULL(test, a.why[XEN_DMA_XLATE_PHYS]);
	KUNIT_EXPECT_NOT_NULL(test, a.why[XEN_DMA_XLATE_VIRT]);
	KUNIT_ASSERT_NULL(test, a.why[XEN_DMA_XLATE_DMA]);
	KUNIT_EXPECT_EQ(test, a.addr[XEN_DMA_XLATE_DMA], FOREIGN_BADDR);
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(plain, FOREIGN_BADDR), NO_PHYS);

	/* Bus address outside the device's regions: only dma fails. */
	xen_dma_xlate_explain(rpi4, XEN_DMA_XLATE_PHYS, OUTSIDE_PADDR, &a);
	KUNIT_EXPECT_NULL(test, a.why[XEN_DMA_XLATE_BUS]);
	KUNIT_EXPECT_NOT_NULL(test, a.why[XEN_DMA_XLATE_DMA]);
	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(rpi4, OUTSIDE_PADDR), DMA_MAPPING_ERROR);

	/* Without a device there is no DMA address to give. */
	xen_dma_xlate_explain(NULL, XEN_DMA_XLATE_PHYS, MOVED_PADDR, &a);
	KUNIT_EXPECT_NOT_NULL(test, a.why[XEN_DMA_XLATE_DMA]);
	KUNIT_EXPECT_EQ(test, a.limit, 0ULL);
}

static void snapshot(unsigned long *counts)
{
	int kind;

	for (kind = 0; kind < XEN_DMA_XLATE_NR_FAILURES; kind++)
		counts[kind] = xen_dma_xlate_failure_count(kind);
}

/* Exactly one failure more than @before, of kind @kind; then snapshot again. */
static void expect_one_failure(struct kunit *test, int kind, unsigned long *before,
			       const char *what)
{
	unsigned long now[XEN_DMA_XLATE_NR_FAILURES];
	int k;

	snapshot(now);
	for (k = 0; k < XEN_DMA_XLATE_NR_FAILURES; k++)
		KUNIT_EXPECT_EQ_MSG(test, now[k], before[k] + (k == kind), "%s, kind %d", what, k);
	snapshot(before);
}

static void counters_count_failures_by_kind(struct kunit *test)
{
	struct device *rpi4 = xlate_test_device(test, xlate_test_rpi4_map, DMA_BIT_MASK(64), 0);
	struct device *narrow = xlate_test_device(test, NULL, DMA_BIT_MASK(20), 0);
	struct device *plain = xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);
	unsigned long counts[XEN_DMA_XLATE_NR_FAILURES];

	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	snapshot(counts);
	xen_phys_to_dma(plain, MISSING_PADDR);
	expect_one_failure(test, XEN_DMA_XLATE_FAIL_NO_BUS_FRAME, counts, "missing frame");
	xen_dma_to_phys(plain, FOREIGN_BADDR);
	expect_one_failure(test, XEN_DMA_XLATE_FAIL_NO_LOCAL_FRAME, counts, "foreign frame");
	xen_phys_to_dma(rpi4, OUTSIDE_PADDR);
	expect_one_failure(test, XEN_DMA_XLATE_FAIL_OUTSIDE_REGION, counts, "outside region");
	xen_dma_capable(rpi4, SZ_1G - 8, 16);
	expect_one_failure(test, XEN_DMA_XLATE_FAIL_REGION_END, counts, "region end");
	xen_dma_capable(narrow, 0x200000, 16);
	expect_one_failure(test, XEN_DMA_XLATE_FAIL_BEYOND_MASK, counts, "beyond mask");
	xen_phys_range_contiguous(0x101000, 0x2000);
	expect_one_failure(test, XEN_DMA_XLATE_FAIL_NOT_CONTIGUOUS, counts, "not contiguous");
	xen_dma_to_phys(plain, DMA_MAPPING_ERROR);
	expect_one_failure(test, XEN_DMA_XLATE_FAIL_BAD_ARGUMENT, counts, "error value");
	xen_virt_to_phys((void *)(TASK_SIZE - PAGE_SIZE));
	expect_one_failure(test, XEN_DMA_XLATE_FAIL_VIRT_UNMAPPED, counts, "user address");
}

static void counters_ignore_success(struct kunit *test)
{
	struct device *rpi4 = xlate_test_device(test, xlate_test_rpi4_map, DMA_BIT_MASK(64), 0);
	unsigned long before[XEN_DMA_XLATE_NR_FAILURES], after[XEN_DMA_XLATE_NR_FAILURES];
	int kind;

	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	snapshot(before);
	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(rpi4, MOVED_PADDR), MOVED_RPI4_DMA);
	KUNIT_EXPECT_EQ(test, xen_dma_to_phys(rpi4, MOVED_RPI4_DMA), MOVED_PADDR);
	KUNIT_EXPECT_TRUE(test, xen_dma_capable(rpi4, MOVED_PADDR, 16));
	KUNIT_EXPECT_TRUE(test, xen_phys_range_contiguous(0x100000, 0x2000));
	snapshot(after);
	for (kind = 0; kind < XEN_DMA_XLATE_NR_FAILURES; kind++)
		KUNIT_EXPECT_EQ(test, after[kind], before[kind]);
}

static struct kunit_case debugfs_test_cases[] = {
	KUNIT_CASE(parse_accepts_good_lines),
	KUNIT_CASE(parse_refuses_bad_lines),
	KUNIT_CASE(answer_phys_matches_library),
	KUNIT_CASE(answer_dma_matches_library),
	KUNIT_CASE(answer_names_the_failed_step),
	KUNIT_CASE(counters_count_failures_by_kind),
	KUNIT_CASE(counters_ignore_success),
	{ }
};

static struct kunit_suite debugfs_test_suite = {
	.name = "xen-dma-xlate-debugfs",
	.test_cases = debugfs_test_cases,
};

kunit_test_suite(debugfs_test_suite);
