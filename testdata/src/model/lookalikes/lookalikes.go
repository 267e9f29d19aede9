// Package lookalikes holds calls that look like payment ops but are not.
package lookalikes

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/google/uuid"
)

type fakeClient struct{}

// Post is not resty's or net/http's.
func (fakeClient) Post(url string) error      { return nil }
func (fakeClient) Do(req *http.Request) error { return nil }

var hc = &http.Client{}

func retriedGETList(ctx context.Context) {
	for i := 0; i < 3; i++ {
		if _, err := hc.Get("https://api.example.com/v1/payments"); err == nil {
			return
		}
		time.Sleep(time.Second)
	}
}

func products() error {
	req, _ := http.NewRequest(http.MethodPost, "https://hilt.example/v1/products", strings.NewReader("{}"))
	req.Header.Set("X-Request-Id", uuid.NewString())
	_, err := hc.Do(req)
	return err
}

func patchProduct(id string) error {
	req, _ := http.NewRequest(http.MethodPatch, "https://hilt.example/v1/products/"+id, nil)
	_, err := hc.Do(req)
	return err
}

func notAnHTTPClient(f fakeClient) {
	f.Post("https://api.example.com/v1/payments")
	req, _ := http.NewRequest(http.MethodPost, "https://api.example.com/v1/payments", nil)
	f.Do(req)
}

func methodTwice(post bool) error {
	m := http.MethodGet
	if post {
		m = http.MethodPost
	}
	req, _ := http.NewRequest(m, "https://api.example.com/v1/payments", nil)
	_, err := hc.Do(req)
	return err
}

func requestFromParam(req *http.Request) error {
	_, err := hc.Do(req)
	return err
}

func deleteIsNotAWrite(id string) error {
	req, _ := http.NewRequest(http.MethodDelete, "https://api.example.com/v1/payments/"+id, nil)
	_, err := hc.Do(req)
	return err
}

func analytics(event string) error {
	_, err := http.Post("https://analytics.example.com/v1/events", "application/json", strings.NewReader(event))
	return err
}

func supportTicket(body string) error {
	_, err := http.Post("https://hilt.example/v1/support/tickets", "application/json", strings.NewReader(body))
	return err
}

func listWithLimit(n int) {
	hc.Get("https://api.example.com/v1/payments?limit=" + fmt.Sprint(n))
}

func orderItems(id string) {
	hc.Get("https://api.example.com/v1/orders/" + id + "/items")
}
