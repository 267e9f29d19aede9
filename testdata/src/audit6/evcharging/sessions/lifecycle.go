package sessions

import (
	"context"
	"errors"
)

func (s *Service) load(ctx context.Context, id string) (*Session, error) {
	var sess Session
	err := s.db.QueryRowContext(ctx,
		`SELECT id, charger_id, connector, driver_id, customer, payment_method, payment_intent
		   FROM sessions WHERE id = $1`, id).
		Scan(&sess.ID, &sess.ChargerID, &sess.Connector, &sess.DriverID, &sess.Customer, &sess.PaymentMethod, &sess.PaymentIntent)
	return &sess, err
}

// StartWithSavedCard is called by the app API when the driver taps "Start".
func (s *Service) StartWithSavedCard(ctx context.Context, id string) error {
	sess, err := s.load(ctx, id)
	if err != nil {
		return err
	}
	pi, err := s.placeHold(sess)
	if err != nil {
		return err
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE sessions SET payment_intent = $1, status = 'authorised' WHERE id = $2`, pi.ID, id); err != nil {
		return err
	}
	return s.chargers.RemoteStart(ctx, sess.ChargerID, sess.Connector, sess.DriverID)
}

// HoldConfirmed runs when Stripe tells us the hold is capturable (after
// 3-D Secure): unlock the connector.
func (s *Service) HoldConfirmed(ctx context.Context, paymentIntentID string) error {
	var sess Session
	err := s.db.QueryRowContext(ctx,
		`UPDATE sessions SET status = 'authorised' WHERE payment_intent = $1 AND status = 'pending_hold'
		 RETURNING id, charger_id, connector, driver_id`, paymentIntentID).
		Scan(&sess.ID, &sess.ChargerID, &sess.Connector, &sess.DriverID)
	if err != nil {
		return err
	}
	return s.chargers.RemoteStart(ctx, sess.ChargerID, sess.Connector, sess.DriverID)
}

// Finish is called when the driver stops: read the meter, capture the energy.
func (s *Service) Finish(ctx context.Context, id string) error {
	sess, err := s.load(ctx, id)
	if err != nil {
		return err
	}
	st, err := s.chargers.Connector(ctx, sess.ChargerID, sess.Connector)
	if err != nil {
		return err
	}
	amount := st.MeterWh * s.pricePer / 1000
	if amount == 0 {
		return s.holds.Release(sess.PaymentIntent)
	}
	if amount > 5000 {
		return errors.New("sessions: energy above hold, needs incremental authorisation")
	}
	return s.holds.Capture(sess.PaymentIntent, amount)
}
