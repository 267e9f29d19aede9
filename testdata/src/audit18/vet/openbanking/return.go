package openbanking

import (
	"context"
	"log"
	"net/http"
)

// Pending finds what a consent was created for.
type Pending interface {
	BankInitiation(ctx context.Context, consentID string) (Initiation, string, error)
}

// Confirmer confirms the consultation a bank payment was for.
type Confirmer interface {
	ConfirmAppointment(ctx context.Context, consultationID, paymentRef string) error
}

// ReturnHandler serves the page Halden Bank sends the client back to after
// they authorised the consent in their banking app.
func ReturnHandler(c *Client, pending Pending, appts Confirmer) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		consentID := r.URL.Query().Get("consent_id")
		in, consultationID, err := pending.BankInitiation(ctx, consentID)
		if err != nil {
			http.Error(w, "unknown consent", http.StatusNotFound)
			return
		}
		p, err := c.SubmitPayment(ctx, consentID, in)
		if err != nil {
			log.Printf("halden: submit %s: %v", consentID, err)
			http.Redirect(w, r, "/uk/pay/failed", http.StatusSeeOther)
			return
		}
		if err := appts.ConfirmAppointment(ctx, consultationID, p.DomesticPaymentID); err != nil { // audit: reported at cmd/vetd/main.go:95 (redirectfulfill, where main mounts the factory and passes store.Clinic as the Confirmer): the bank return page (GET /uk/pay/return, routed in cmd/vetd/main.go) confirms the appointment (stores paid) right after submitting the domestic payment without checking its status (it may be Rejected); Exirom guide: the redirect is for user experience only
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		http.Redirect(w, r, "/appointments/"+consultationID, http.StatusSeeOther)
	}
}
