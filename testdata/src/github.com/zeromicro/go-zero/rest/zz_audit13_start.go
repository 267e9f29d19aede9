package rest

// Start starts the Server (github.com/zeromicro/go-zero v1.8.4 rest/server.go:101).
func (s *Server) Start() { panic("stub") }
