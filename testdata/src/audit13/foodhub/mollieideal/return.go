package mollieideal

import (
	"errors"
	"html/template"
	"net/http"

	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"

	"audit13/foodhub/domain"
)

var thanksPage = template.Must(template.New("thanks").Parse(
	`<html><body><h1>{{.Title}}</h1><p>Order {{.OrderID}}</p></body></html>`))

type pageData struct {
	Title   string
	OrderID string
}

// Return is the page Mollie sends the customer back to after iDEAL.
func (s *Service) Return(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	orderID := r.URL.Query().Get("order")
	o, err := s.orders.Get(ctx, orderID)
	if errors.Is(err, domain.ErrNotFound) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	if o.Status == domain.OrderPaid {
		thanksPage.Execute(w, pageData{Title: "Thanks, your food is on its way", OrderID: o.ID})
		return
	}
	resp, err := s.api.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: o.ProviderRef})
	if err != nil {
		thanksPage.Execute(w, pageData{Title: "We are checking your payment", OrderID: o.ID})
		return
	}
	if resp.PaymentResponse.Status != components.PaymentResponseStatusCanceled {
		if err := s.orders.MarkPaid(ctx, o.ID); err != nil { // audit: reported at cmd/foodhubd/main.go:74 (redirectfulfill, where main binds the store and mounts the page on GET /ideal/return; mountedread.go): the iDEAL return page reads the Mollie payment but only excludes canceled, so an open, pending, failed or expired payment marks the order paid (Exirom: the success redirect is for user experience only)
			s.log.Printf("mark paid %s: %v", o.ID, err)
		}
		thanksPage.Execute(w, pageData{Title: "Thanks, your food is on its way", OrderID: o.ID})
		return
	}
	http.Redirect(w, r, "/checkout/"+o.ID+"?retry=1", http.StatusSeeOther)
}
