package web

import (
	"net/http"
	"strconv"

	"github.com/gorilla/mux"

	"audit20/sportsclub/domain"
	"audit20/sportsclub/platform"
	"audit20/sportsclub/twint"
)

// bookingReturn is the redirectUrl Mollie sends the member back to after
// iDEAL or Bancontact.
func (s *Server) bookingReturn(w http.ResponseWriter, r *http.Request) {
	b, ok := s.booking(w, r)
	if !ok {
		return
	}
	if b.Status == domain.BookingHeld {
		// The member is back from the bank: confirm right away so the court
		// shows as theirs in the app.
		if err := s.Bookings.Confirm(r.Context(), b.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's"
			platform.L("web").Error("confirm", "booking", b.ID, "err", err)
		}
	}
	s.render(w, "Court booked", "See you on court! Booking "+b.Ref)
}

// bookingThanks is the page the US card form ends on.
func (s *Server) bookingThanks(w http.ResponseWriter, r *http.Request) {
	b, ok := s.booking(w, r)
	if !ok {
		return
	}
	if b.Status == domain.BookingConfirmed { // audit: lookalike redirectfulfill: only renders from our stored state, which the charge or the webhook sets; nothing is fulfilled here
		s.render(w, "Court booked", "Booking "+b.Ref+" is confirmed.")
		return
	}
	s.render(w, "Payment processing", "We are waiting for your bank. You will get an e-mail when the court is yours.")
}

// walletReturn is where the wallet app switches back to after payment.
func (s *Server) walletReturn(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	b, err := s.Store.ByRef(ctx, r.URL.Query().Get("booking"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	p, err := s.Wallet.Payment(ctx, b.ProviderRef)
	if err != nil {
		s.render(w, "Payment processing", "We could not reach the wallet yet. Refresh in a moment.")
		return
	}
	if p.State == twint.StateSuccess {
		if err := s.Store.MarkPaid(ctx, b.ID); err != nil { // audit: lookalike redirectfulfill: the payment is read back from the wallet API and confirmed only when its state is SUCCESS
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		s.render(w, "Court booked", "Booking "+b.Ref+" is confirmed.")
		return
	}
	s.render(w, "Payment processing", "Confirm the payment in your wallet app.")
}

// coachingResult is where Drop-in sends the member after paying a coaching
// package; the front end appends the resultCode it was given.
func (s *Server) coachingResult(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(mux.Vars(r)["id"], 10, 64)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	switch r.URL.Query().Get("resultCode") {
	case "Authorised":
		if err := s.Coaching.MarkPaid(r.Context(), id); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(resultCode\\)"
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		s.render(w, "You're all set", "Your lessons are ready to book.")
	case "Pending", "Received":
		s.render(w, "Payment processing", "We'll let you know once your bank confirms.")
	default:
		s.render(w, "Payment not completed", "Your package was not paid. You can try again.")
	}
}

// squareComplete is the redirect_url of the US hosted checkout link.
func (s *Server) squareComplete(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	q := r.URL.Query()
	b, err := s.Store.ByRef(ctx, q.Get("booking"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	order, err := s.Square.Order(ctx, q.Get("orderId"))
	if err != nil || order == nil {
		s.render(w, "Payment processing", "We are confirming your payment.")
		return
	}
	if err := s.Store.SetProviderRef(ctx, b.ID, "square", *order.ID); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	if err := s.Store.MarkPaid(ctx, b.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment"
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	s.render(w, "Court booked", "Booking "+b.Ref+" is confirmed.")
}
