/* SPDX-License-Identifier: GPL-2.0 */
/*
 * How both end-to-end test drivers report: one console line per check,
 * which the harnesses parse:
 *   xen-dma-xlate-e2e: CHECK <name> PASS|FAIL|SKIP <details>
 */
#ifndef _XEN_DMA_XLATE_E2E_REPORT_H
#define _XEN_DMA_XLATE_E2E_REPORT_H

#include <linux/printk.h>

#define E2E_PREFIX	"xen-dma-xlate-e2e: "

enum e2e_result { E2E_PASS, E2E_FAIL, E2E_SKIP };

void e2e_report(const char *name, enum e2e_result res, const char *fmt, ...)
	__printf(3, 4);

#endif /* _XEN_DMA_XLATE_E2E_REPORT_H */
