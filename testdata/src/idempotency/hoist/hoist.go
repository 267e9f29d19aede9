// Package hoist: keys made anew on every attempt by a pure expression
// (fixed: the statement moves above the retry loop), and look-alikes that
// are reported without a fix because moving them could change something
// else.
package hoist

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

const base = "https://api.tally.example/v1"

func newKey() string { return uuid.NewString() }

// --- fixed ---

func keyPerAttempt(ctx context.Context, c *http.Client, body []byte) error {
	for i := 0; i < 3; i++ {
		key := uuid.NewString()
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.Do(req) // want `POST /v1/payments is retried by a for loop \(line 24\) with an idempotency key made anew on every attempt \(uuid.NewString\(\), line 25\)`
		if err != nil {
			continue
		}
		resp.Body.Close()
		return nil
	}
	return fmt.Errorf("gave up")
}

func labelledStringKey(ctx context.Context, c *http.Client, body []byte) error {
attempts:
	for i := 0; i < 3; i++ {
		key := uuid.New().String()
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/refunds", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.Do(req) // want `POST /v1/refunds is retried by a for loop \(line 40\) with an idempotency key made anew`
		if err != nil {
			continue attempts
		}
		resp.Body.Close()
		return nil
	}
	return fmt.Errorf("gave up")
}

// One key per order, not one for every order: the key moves above the
// retry loop, still inside the loop over orders.
func perOrder(ctx context.Context, c *http.Client, bodies [][]byte) {
	for _, body := range bodies {
		var key string
		for i := 0; i < 3; i++ {
			key = newKey()
			req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
			req.Header.Set("Idempotency-Key", key)
			resp, err := c.Do(req) // want `POST /v1/payments is retried by a for loop \(line 59\) with an idempotency key made anew`
			if err != nil {
				continue
			}
			resp.Body.Close()
			break
		}
	}
}

// --- reported, no fix ---

func inline(ctx context.Context, c *http.Client, body []byte) error {
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", uuid.NewString())
		resp, err := c.Do(req) // want `made anew on every attempt \(uuid.NewString\(\), line 78\)`
		if err != nil {
			continue
		}
		resp.Body.Close()
		return nil
	}
	return fmt.Errorf("gave up")
}

func clock(ctx context.Context, c *http.Client, body []byte) error {
	for i := 0; i < 3; i++ {
		key := time.Now().String()
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.Do(req) // want `made anew on every attempt \(time.Now\(\)`
		if err != nil {
			continue
		}
		resp.Body.Close()
		return nil
	}
	return fmt.Errorf("gave up")
}

func withOrderID(ctx context.Context, c *http.Client, orderID string, body []byte) error {
	for i := 0; i < 3; i++ {
		key := fmt.Sprintf("%s-%s", orderID, uuid.NewString())
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.Do(req) // want `made anew on every attempt \(uuid.NewString\(\)`
		if err != nil {
			continue
		}
		resp.Body.Close()
		return nil
	}
	return fmt.Errorf("gave up")
}

// key is a parameter: a key := above the loop would shadow it there.
func nameTaken(ctx context.Context, c *http.Client, key string, body []byte) error {
	fmt.Println(key)
	for i := 0; i < 3; i++ {
		key := uuid.NewString()
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.Do(req) // want `made anew on every attempt \(uuid.NewString\(\)`
		if err != nil {
			continue
		}
		resp.Body.Close()
		return nil
	}
	return fmt.Errorf("gave up")
}

func trailingComment(ctx context.Context, c *http.Client, body []byte) error {
	for i := 0; i < 3; i++ {
		key := uuid.NewString() // a fresh key
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.Do(req) // want `made anew on every attempt \(uuid.NewString\(\)`
		if err != nil {
			continue
		}
		resp.Body.Close()
		return nil
	}
	return fmt.Errorf("gave up")
}

func inBranch(ctx context.Context, c *http.Client, body []byte, tagged bool) error {
	for i := 0; i < 3; i++ {
		key := "fixed"
		if tagged {
			key = uuid.NewString()
		}
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.Do(req) // want `made anew on every attempt \(uuid.NewString\(\)`
		if err != nil {
			continue
		}
		resp.Body.Close()
		return nil
	}
	return fmt.Errorf("gave up")
}

// key is read before it is made: moving it would change the first attempt.
func usedBefore(ctx context.Context, c *http.Client, body []byte) error {
	var key string
	for i := 0; i < 3; i++ {
		if key != "" {
			fmt.Println("retrying", key)
		}
		key = uuid.NewString()
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.Do(req) // want `made anew on every attempt \(uuid.NewString\(\)`
		if err != nil {
			continue
		}
		resp.Body.Close()
		return nil
	}
	return fmt.Errorf("gave up")
}

// --- silent: the key is made once already ---

func madeBefore(ctx context.Context, c *http.Client, body []byte) error {
	key := uuid.NewString()
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/payments", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.Do(req)
		if err != nil {
			continue
		}
		resp.Body.Close()
		return nil
	}
	return fmt.Errorf("gave up")
}
