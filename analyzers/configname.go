package analyzers

import "github.com/paylint/paylint/analyzers/internal/config"

// ConfigFileName is the configuration file looked up from each package's
// directory upwards (.paylint.yml).
const ConfigFileName = config.FileName
