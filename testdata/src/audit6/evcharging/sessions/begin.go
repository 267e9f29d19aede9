package sessions

import "context"

// BeginCharging marks the session authorised and unlocks the connector.
func (s *Service) BeginCharging(ctx context.Context, id string) error {
	sess, err := s.load(ctx, id)
	if err != nil {
		return err
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE sessions SET status = 'charging' WHERE id = $1`, id); err != nil {
		return err
	}
	return s.chargers.RemoteStart(ctx, sess.ChargerID, sess.Connector, sess.DriverID)
}
