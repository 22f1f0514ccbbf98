# /init of tests/series/boot dmabench: the kernel's DMA map benchmark on
# the edu device, through swiotlb-xen, 4 KiB mappings: with a 64-bit mask
# (mapped directly: the translation and range check alone) and with the
# edu device's 28-bit one (most pages bounced).
D=0000:00:02.0
echo dma_map_benchmark >/sys/bus/pci/devices/$D/driver_override
echo $D >/sys/bus/pci/drivers_probe
for bits in 64 28; do
	for run in 1 2 3; do
		/lib/modules/dma_map_benchmark -s 4 -t 1 -b $bits -g 1 -d 1 2>&1 |
			while read -r line; do echo "dma-map-benchmark: bits=$bits run=$run $line"; done
	done
done
