// Package closures nests function literals deeply, captures variables
// across levels, and calls a payment API from the innermost one.
package closures

import (
	"bytes"
	"context"
	"net/http"
)

// Deep calls a payment write from twelve nested closures, once, with a key.
func Deep(ctx context.Context, c *http.Client, key string, body []byte) (int, error) {
	status := 0
	var err error
	func() {
		func() {
			func() {
				func() {
					func() {
						func() {
							func() {
								func() {
									func() {
										func() {
											func() {
												func() {
													req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.example.com/v1/payments", bytes.NewReader(body))
													req.Header.Set("Idempotency-Key", key)
													var resp *http.Response
													resp, err = c.Do(req)
													if err == nil {
														status = resp.StatusCode
														resp.Body.Close()
													}
												}()
											}()
										}()
									}()
								}()
							}()
						}()
					}()
				}()
			}()
		}()
	}()
	return status, err
}

// Curried returns closures that return closures, each capturing the last.
func Curried(base string) func(string) func(string) func() string {
	return func(a string) func(string) func() string {
		return func(b string) func() string {
			return func() string { return base + a + b }
		}
	}
}

// Handlers registers closures built in a loop, each capturing its own i.
func Handlers(mux *http.ServeMux) {
	for i := 0; i < 3; i++ {
		mux.HandleFunc("/h"+string(rune('a'+i)), func(w http.ResponseWriter, r *http.Request) {
			defer func() {
				if recover() != nil {
					w.WriteHeader(http.StatusInternalServerError)
				}
			}()
			w.WriteHeader(200 + i)
		})
	}
}
