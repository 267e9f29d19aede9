// Command warm runs the same Reconciler over the in-memory cache: no
// provider is polled.
package main

import (
	"os"

	"port13poll/memcache"
	"port13poll/recon"
)

func main() {
	recon.New(memcache.New()).Await(os.Args[1])
}
