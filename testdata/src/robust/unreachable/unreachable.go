// Package unreachable has code after return, panic and infinite loops,
// including payment calls that can never run.
package unreachable

import (
	"net/http"
	"os"
	"strings"
)

func AfterReturn(c *http.Client) error {
	return nil
	_, err := c.Post("https://api.example.com/v1/payments", "application/json", strings.NewReader("{}"))
	return err
}

func AfterPanic() int {
	panic("never")
	for {
		_, _ = http.Get("https://api.example.com/v1/payments/p1")
	}
}

func AfterExit() {
	os.Exit(0)
	for i := 0; ; i++ {
		_ = i
	}
}

func AfterLoop() {
	for {
	}
	_, _ = http.Post("https://api.example.com/v1/refunds", "application/json", strings.NewReader("{}"))
}

func DeadBranch(c *http.Client) {
	if false {
		for {
			_, _ = c.Post("https://api.example.com/v1/payments", "application/json", strings.NewReader("{}"))
		}
	}
	const debug = false
	if debug {
		goto end
	}
end:
}
