"""Hokusai SDK: package models and use the Hokusai API from Python.

``ModelPackager`` builds packages byte-for-byte as ``hokusai package`` does;
``HokusaiClient`` registers models, configures their token manager and
verifier, calls them, contributes data and manages credits and keys.
"""

from .client import HokusaiClient
from .errors import (ChainRevertedError, ConflictError, ForbiddenError, HokusaiError, InsufficientCreditsError,
                     InternalError, InvalidInputError, LicenseViolationError, ModelUnavailableError, NotFoundError,
                     ProprietaryModelError, RateLimitError, ServerNotImplementedError, UnauthorizedError,
                     WhitelistRequiredError)
from .models import (AccessRequest, APIKey, BatchPrediction, ConfigurationResult, ContractVerification, Contribution, CoopMembership,
                     CostEstimate, Credits, IntegrationTestResult, LicenseStatus, Model, Prediction, RegistrationResult,
                     UsageStats)
from .packager import ModelPackage, ModelPackager

__version__ = "0.1.0"

__all__ = [
    "HokusaiClient", "ModelPackager", "ModelPackage",
    "HokusaiError", "InvalidInputError", "NotFoundError", "ConflictError", "UnauthorizedError", "ForbiddenError",
    "InsufficientCreditsError", "RateLimitError", "ModelUnavailableError", "ChainRevertedError",
    "ServerNotImplementedError", "InternalError", "LicenseViolationError", "WhitelistRequiredError", "ProprietaryModelError",
    "Model", "RegistrationResult", "ConfigurationResult", "IntegrationTestResult", "ContractVerification", "Prediction",
    "BatchPrediction", "CostEstimate", "UsageStats", "LicenseStatus", "CoopMembership", "AccessRequest", "Contribution", "Credits", "APIKey",
]
