// Package generics is valid Go that stresses the model with type
// parameters: generic clients, generic retry helpers, instantiated methods.
package generics

import (
	"bytes"
	"context"
	"net/http"
	"time"
)

type Sender interface {
	Do(*http.Request) (*http.Response, error)
}

type Client[S Sender] struct {
	s    S
	base string
}

func (c *Client[S]) Post(ctx context.Context, path string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	return c.s.Do(req)
}

func Retry[T any](n int, f func() (T, error)) (T, error) {
	var zero T
	var err error
	for i := 0; i < n; i++ {
		var v T
		if v, err = f(); err == nil {
			return v, nil
		}
		time.Sleep(time.Duration(i) * time.Second)
	}
	return zero, err
}

type Number interface{ ~int | ~int64 | ~float64 }

func Sum[N Number](xs ...N) (s N) {
	for _, x := range xs {
		s += x
	}
	return
}

func Use(ctx context.Context) {
	c := &Client[*http.Client]{s: http.DefaultClient, base: "https://api.example.com"}
	_, _ = Retry(3, func() (*http.Response, error) { return c.Post(ctx, "/v1/reports", nil) })
	_ = Sum(1, 2, 3)
	var f func(int) int = func(x int) int { return x }
	_ = f
	type local[T any] struct{ v T }
	_ = local[int]{v: 1}
}

// Iterators and range-over-func.
func Seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func UseSeq() {
	for i := range Seq(3) {
		_ = i
	}
}
