package realcodechain

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type state struct{ Status string }

func get(url string) (state, error) {
	var s state
	resp, err := http.Get(url)
	if err != nil {
		return s, err
	}
	defer resp.Body.Close()
	err = json.NewDecoder(resp.Body).Decode(&s)
	return s, err
}

// invoicePoll reads /v1/invoice/{id} every 300ms.
func invoicePoll(base, id string) {
	for i := 0; i < 100; i++ {
		s, err := get(base + "/v1/invoice/" + id)
		if err == nil && s.Status == "paid" {
			return
		}
		time.Sleep(300 * time.Millisecond) // want `payment status polled every 300ms`
	}
}

// orderStatusPoll reads /order/{id}/status every 3s: fine.
func orderStatusPoll(base, id string) {
	for i := 0; i < 100; i++ {
		s, err := get(fmt.Sprintf("%s/order/%s/status", base, id))
		if err == nil && s.Status == "paid" {
			return
		}
		time.Sleep(3 * time.Second)
	}
}

// transactionPoll reads /transaction/{id} every second.
func transactionPoll(base, id string) {
	for i := 0; i < 100; i++ {
		s, err := get(base + "/transaction/" + id)
		if err == nil && s.Status == "SUCCESS" {
			return
		}
		time.Sleep(time.Second) // want `payment status polled every 1s`
	}
}

// blogPoll reads a blog post: not a payment.
func blogPoll(base, id string) {
	for i := 0; i < 100; i++ {
		s, err := get(base + "/post/" + id)
		if err == nil && s.Status == "published" {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// receiptRecursion is a recursive poll written with a for: every 200ms.
func receiptRecursion(base, id string, n int) error {
	for n > 0 {
		time.Sleep(200 * time.Millisecond) // want `payment status polled every 200ms`
		s, err := get(base + "/v1/invoice/" + id)
		if err == nil && s.Status == "paid" {
			return nil
		}
		return receiptRecursion(base, id, n-1)
	}
	return fmt.Errorf("not paid")
}
