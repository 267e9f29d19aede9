package xenditpay

import (
	"html/template"
	"log"
	"net/http"

	pr "github.com/xendit/xendit-go/v7/payment_request"

	"audit15/hotel/booking"
)

var returnPage = template.Must(template.New("return").Parse(
	`<html><body><h1>{{.Title}}</h1><p>{{.Body}}</p></body></html>`))

// ReturnPage is where the e-wallet app sends the guest back.
type ReturnPage struct {
	svc   *Service
	stays booking.Stays
}

// NewReturnPage returns the handler.
func NewReturnPage(svc *Service, stays booking.Stays) *ReturnPage {
	return &ReturnPage{svc: svc, stays: stays}
}

func (p *ReturnPage) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("payment_request_id")
	if id == "" {
		http.Error(w, "missing payment", http.StatusBadRequest)
		return
	}
	got, err := p.svc.Status(r.Context(), id)
	if err != nil {
		log.Printf("xendit return: %v", err)
		returnPage.Execute(w, map[string]string{"Title": "One moment", "Body": "We are confirming your deposit."})
		return
	}
	if got.Status != pr.PAYMENTREQUESTSTATUS_SUCCEEDED {
		returnPage.Execute(w, map[string]string{"Title": "Deposit not received", "Body": "Please try again from your booking page."})
		return
	}
	if err := p.stays.MarkDepositPaid(r.Context(), stayRef(got.ReferenceId), got.Id); err != nil {
		log.Printf("xendit return: mark %s: %v", got.ReferenceId, err)
	}
	returnPage.Execute(w, map[string]string{"Title": "Thank you", "Body": "Your deposit is confirmed. See you soon!"})
}
