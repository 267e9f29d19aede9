package deposits

import (
	"html/template"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v82/paymentintent"
)

var completeTmpl = template.Must(template.New("complete").Parse(
	`<h1>Your appointment is booked</h1><p>We will see you on {{.}}.</p>`))

// Complete is the page Stripe sends the patient back to after the deposit
// authentication step.
func (s *Service) Complete(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	apptID := q.Get("appointment")
	pi, err := paymentintent.Get(q.Get("payment_intent"), nil)
	if err != nil {
		log.Printf("deposits: complete %s: %v", apptID, err)
		http.Error(w, "We could not confirm your deposit yet, please refresh.", http.StatusBadGateway)
		return
	}
	if pi.Metadata["appointment_id"] != apptID {
		http.Error(w, "unknown appointment", http.StatusBadRequest)
		return
	}
	if err := s.ConfirmBooking(r.Context(), apptID, pi.ID); err != nil { // audit: reported at cmd/clinicd/main.go:82 (redirectfulfill, where main binds domain.AppointmentStore to store.Appointments.SetDeposit, whose deposit_status takes the hold "authorized"; handler/h16_holdpages.go, h16_holdbind.go): Stripe return page (payment_intent in the query) reads the PaymentIntent but never checks its status (requires_capture) before confirming the booking; Exirom guide: the redirect is for UX only
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	a, err := s.appts.Get(r.Context(), apptID)
	if err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	_ = completeTmpl.Execute(w, a.StartsAt.Format("Mon 2 Jan 15:04"))
}
