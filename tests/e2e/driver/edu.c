// SPDX-License-Identifier: GPL-2.0
/*
 * DMA with QEMU's "edu" teaching device (QEMU 7.2, hw/misc).
 *
 * BAR0 holds the DMA engine: source, destination, byte count and a command
 * register whose bit 0 starts a transfer (and reads back as 1 until it is
 * done) and whose bit 1 picks the direction, 1 meaning device -> RAM.  The
 * device side of a transfer is its 4 KiB buffer at 0x40000.  QEMU runs the
 * transfer from a 100 ms timer, so the driver polls and sleeps.
 */
#include <linux/io.h>
#include <linux/iopoll.h>
#include <linux/pci.h>

#include "e2e.h"

#define EDU_DMA_SRC		0x80
#define EDU_DMA_DST		0x88
#define EDU_DMA_COUNT		0x90
#define EDU_DMA_CMD		0x98
#define EDU_DMA_CMD_RUN		BIT(0)
#define EDU_DMA_CMD_TO_RAM	BIT(1)
#define EDU_DMA_BUFFER		0x40000

static int e2e_edu_dma(struct e2e_edu *edu, u64 src, u64 dst, size_t len,
		       u64 cmd)
{
	u64 val;

	if (!len || len > E2E_EDU_MAX_XFER)
		return -EINVAL; /* QEMU 7.2 aborts on a full 4 KiB transfer */
	writeq(src, edu->regs + EDU_DMA_SRC);
	writeq(dst, edu->regs + EDU_DMA_DST);
	writeq(len, edu->regs + EDU_DMA_COUNT);
	writeq(cmd | EDU_DMA_CMD_RUN, edu->regs + EDU_DMA_CMD);
	return readq_poll_timeout(edu->regs + EDU_DMA_CMD, val,
				  !(val & EDU_DMA_CMD_RUN), 10000, 5000000);
}

/**
 * e2e_edu_to_device() - Let the device read RAM into its buffer.
 * @edu: The device.
 * @src: DMA address of the first byte to read.
 * @len: Bytes, fewer than 4096.
 *
 * Context: Process context; sleeps about 100 ms.
 * Return: 0, or a negative errno when the device did not finish.
 */
int e2e_edu_to_device(struct e2e_edu *edu, dma_addr_t src, size_t len)
{
	return e2e_edu_dma(edu, src, EDU_DMA_BUFFER, len, 0);
}

/**
 * e2e_edu_to_ram() - Let the device write its buffer to RAM.
 * @edu: The device.
 * @dst: DMA address of the first byte to write.
 * @len: Bytes, fewer than 4096.
 *
 * Context: Process context; sleeps about 100 ms.
 * Return: 0, or a negative errno when the device did not finish.
 */
int e2e_edu_to_ram(struct e2e_edu *edu, dma_addr_t dst, size_t len)
{
	return e2e_edu_dma(edu, EDU_DMA_BUFFER, dst, len, EDU_DMA_CMD_TO_RAM);
}
