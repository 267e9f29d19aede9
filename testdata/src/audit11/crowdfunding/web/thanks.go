package web

import (
	"errors"
	"html/template"
	"net/http"

	"github.com/go-chi/chi/v5"
	stripe "github.com/stripe/stripe-go/v82"

	"audit11/crowdfunding/domain"
)

var thanksPage = template.Must(template.New("thanks").Parse(
	`<h1>Thanks for backing {{.Title}}!</h1><p>{{.Message}}</p>`))

type thanksView struct {
	Title   string
	Message string
}

// Thanks is the page Stripe sends card backers back to after the pledge
// form (return_url of the hosted confirmation step).
func (s *Server) Thanks(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	pledgeID := q.Get("pledge")
	view := thanksView{Title: chi.URLParam(r, "slug"), Message: "We are confirming your pledge."}
	if q.Get("redirect_status") == "succeeded" && pledgeID != "" {
		if err := s.Backing.Confirm(r.Context(), pledgeID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
			s.Log.Error("confirm pledge on thanks page", "pledge", pledgeID, "err", err)
		} else {
			view.Message = "Your pledge is in. Backer updates are now unlocked."
		}
	}
	_ = thanksPage.Execute(w, view)
}

// PledgeComplete is the return_url of card pledges started from the API.
func (s *Server) PledgeComplete(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	p, err := s.Pledges.Get(ctx, chi.URLParam(r, "id"))
	if errors.Is(err, domain.ErrNotFound) {
		http.NotFound(w, r)
		return
	} else if err != nil {
		s.fail(w, "try again in a moment", err, http.StatusInternalServerError)
		return
	}
	pi, err := s.Cards.Intent(ctx, p.ProviderRef)
	if err != nil {
		s.fail(w, "try again in a moment", err, http.StatusBadGateway)
		return
	}
	view := thanksView{Title: p.CampaignID}
	switch pi.Status {
	case stripe.PaymentIntentStatusRequiresCapture, stripe.PaymentIntentStatusSucceeded:
		if err := s.Backing.Confirm(ctx, p.ID); err != nil {
			s.fail(w, "try again in a moment", err, http.StatusInternalServerError)
			return
		}
		view.Message = "Your pledge is in. We will charge your card only if the campaign reaches its goal."
	case stripe.PaymentIntentStatusProcessing:
		view.Message = "Your bank is still confirming the pledge."
	default:
		view.Message = "Your card was not authorized. You can try again with another card."
	}
	_ = thanksPage.Execute(w, view)
}

// PayPalReturn is where PayPal sends backers after they approve the order
// (?token=<order id>&PayerID=...).
func (s *Server) PayPalReturn(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	orderID := r.URL.Query().Get("token")
	if orderID == "" || r.URL.Query().Get("PayerID") == "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	o, err := s.PayPal.Order(ctx, orderID)
	if err != nil {
		s.fail(w, "could not reach PayPal", err, http.StatusBadGateway)
		return
	}
	p, err := s.Pledges.ByProviderRef(ctx, o.ID)
	if err != nil {
		s.fail(w, "unknown pledge", err, http.StatusNotFound)
		return
	}
	if err := s.Backing.Confirm(ctx, p.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		s.fail(w, "try again in a moment", err, http.StatusInternalServerError)
		return
	}
	_ = thanksPage.Execute(w, thanksView{Title: p.CampaignID, Message: "Thanks! PayPal is finishing your payment."})
}

// PayPalStatus lets the PayPal thanks page show when the payment is done.
func (s *Server) PayPalStatus(w http.ResponseWriter, r *http.Request) {
	p, err := s.Pledges.Get(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	done, err := s.PayPal.WaitCompleted(r.Context(), p.ProviderRef)
	if err != nil && !errors.Is(err, domain.ErrPaymentFailed) {
		s.fail(w, "could not reach PayPal", err, http.StatusBadGateway)
		return
	}
	writeJSON(w, http.StatusOK, map[string]bool{"completed": done, "failed": err != nil})
}
