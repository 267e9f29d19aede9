// Package recursion has direct, mutual, generic and closure recursion,
// some of it around payment calls that are not retries.
package recursion

import (
	"context"
	"net/http"
	"strings"
)

// Even and Odd are mutually recursive.
func Even(n int) bool {
	if n == 0 {
		return true
	}
	return Odd(n - 1)
}

func Odd(n int) bool {
	if n == 0 {
		return false
	}
	return Even(n - 1)
}

// Tree is a recursive generic type walked by a recursive generic function.
type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func Walk[T any](t *Tree[T], f func(T)) {
	if t == nil {
		return
	}
	Walk(t.Left, f)
	f(t.Val)
	Walk(t.Right, f)
}

// Pages fetches a paginated list of payments: it recurses on the next page,
// not on a failure, and the request is a read.
func Pages(ctx context.Context, c *http.Client, url string, depth int) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	next := resp.Header.Get("Link")
	if next == "" || depth > 10 {
		return 1, nil
	}
	n, err := Pages(ctx, c, strings.Trim(next, "<>"), depth+1)
	return n + 1, err
}

// Fib recurses through a closure variable that refers to itself.
func Fib(n int) int {
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	return fib(n)
}
