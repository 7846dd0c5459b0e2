target_sources(conduct_core PRIVATE
  security/User.h security/User.cpp
  security/Permissions.h security/Permissions.cpp
  security/PasswordHasher.h security/PasswordHasher.cpp
  security/LoginThrottle.h security/LoginThrottle.cpp
  security/AuditRecord.h security/AuditRecord.cpp
  security/AuditLog.h security/AuditLog.cpp
  security/Authenticator.h security/Authenticator.cpp
  security/AccountService.h security/AccountService.cpp
  security/SessionEvents.h security/SessionEvents.cpp
)
# Issue 24: one Ed25519 signing module (bundles now; the audit checkpoint and form packs later)
# and the keys of other databases an administrator trusts.
target_sources(conduct_core PRIVATE
  security/Signing.h security/Signing.cpp
  security/TrustedKeysService.h security/TrustedKeysService.cpp
)
# Issue 25: signed audit checkpoints, and the administrator's passphrase-sealed key that signs them.
target_sources(conduct_core PRIVATE
  security/KeyFile.h security/KeyFile.cpp
  security/AuditCheckpoint.h security/AuditCheckpoint.cpp
)
