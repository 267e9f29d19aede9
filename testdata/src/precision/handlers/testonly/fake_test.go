package testonly

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

type fakeOrders struct{ fulfilled []string }

func (f *fakeOrders) FulfillOrder(id string)  { f.fulfilled = append(f.fulfilled, id) }
func (f *fakeOrders) MarkOrderPaid(id string) {}

// A fake provider's redirect and webhook, for the integration test.
func TestFakeProvider(t *testing.T) {
	orders := &fakeOrders{}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /checkout/success", func(w http.ResponseWriter, r *http.Request) {
		orders.FulfillOrder(r.URL.Query().Get("order_id"))
	})
	mux.HandleFunc("POST /webhook", func(w http.ResponseWriter, r *http.Request) {
		orders.MarkOrderPaid(r.FormValue("order_id"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	if _, err := http.Get(srv.URL + "/checkout/success?order_id=1"); err != nil {
		t.Fatal(err)
	}
}
