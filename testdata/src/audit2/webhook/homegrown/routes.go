package homegrown

import "net/http"

func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/psp/notifications", s.PaymentNotification)
	mux.HandleFunc("/psp/settlements", s.Settled)
	mux.HandleFunc("/psp/captures", s.Capture)
	mux.HandleFunc("/psp/payouts", s.Payout)
	go s.Worker()
	return mux
}
