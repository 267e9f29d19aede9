// Package gotos uses goto for loops, retries of reads and cleanup, and
// labelled break and continue.
package gotos

import (
	"context"
	"net/http"
	"time"
)

// Status reads a payment's status, going back with goto on a network
// error (a read: retrying it is safe), at most three times, with a wait
// that grows.
func Status(ctx context.Context, c *http.Client, url string) (int, error) {
	attempt := 0
again:
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(req)
	if err != nil {
		attempt++
		if attempt < 3 {
			time.Sleep(time.Duration(attempt) * 2 * time.Second)
			goto again
		}
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// Sum is a loop written with goto, and labelled break/continue.
func Sum(rows [][]int) int {
	total, i := 0, 0
loop:
	if i >= len(rows) {
		goto done
	}
outer:
	for _, r := range rows[i:] {
		for _, v := range r {
			if v < 0 {
				continue outer
			}
			if v > 1000 {
				break outer
			}
			total += v
		}
	}
	i++
	goto loop
done:
	return total
}
