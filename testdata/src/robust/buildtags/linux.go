//go:build linux

package buildtags

import "net/http"

func platform() string { return "linux" }

func send(c *http.Client, r *http.Request) { _, _ = c.Do(r) }
