package adyenpos

import (
	"context"
	"html/template"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
)

// SaleBook records the outcome of a sale.
type SaleBook interface {
	Complete(ctx context.Context, ref, pspReference string) error
	Status(ctx context.Context, ref string) (string, error)
}

var thanks = template.Must(template.New("thanks").Parse(`<h1>Thanks! Show this screen at the desk.</h1><p>{{.}}</p>`))

// Pages are the shopper-facing pages of desk payments.
type Pages struct {
	api   *checkout.APIClient
	sales SaleBook
}

func NewPages(api *checkout.APIClient, sales SaleBook) *Pages {
	return &Pages{api: api, sales: sales}
}

// LinkComplete is the returnUrl of desk payment links.
func (p *Pages) LinkComplete(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("ref")
	if ref == "" {
		http.Error(w, "missing reference", http.StatusBadRequest)
		return
	}
	if err := p.sales.Complete(r.Context(), ref, ""); err != nil { // audit: reported at cmd/gymd/main.go:93 redirectfulfill: the payment link's returnUrl (/club/pay/complete, routes pkg) marks the sale paid (SaleBook.Complete, wired in main to store.Sales: UPDATE sales SET status = 'paid') with no read from Adyen
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	thanks.Execute(w, ref)
}

// Redirect3DS is the returnUrl of card payments that went through a 3-D
// Secure redirect: it submits the redirect result to Adyen.
func (p *Pages) Redirect3DS(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("ref")
	in := p.api.PaymentsApi.PaymentsDetailsInput().
		PaymentDetailsRequest(checkout.PaymentDetailsRequest{Details: map[string]interface{}{
			"redirectResult": r.URL.Query().Get("redirectResult"),
		}})
	res, _, err := p.api.PaymentsApi.PaymentsDetails(r.Context(), in)
	if err != nil {
		http.Error(w, "could not confirm payment", http.StatusBadGateway)
		return
	}
	if res.ResultCode == nil || *res.ResultCode != "Authorised" {
		http.Redirect(w, r, "/club/pay/failed?ref="+ref, http.StatusSeeOther)
		return
	}
	psp := ""
	if res.PspReference != nil {
		psp = *res.PspReference
	}
	if err := p.sales.Complete(r.Context(), ref, psp); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	thanks.Execute(w, ref)
}
