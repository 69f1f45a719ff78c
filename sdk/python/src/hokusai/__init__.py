"""Hokusai SDK: package models and use the Hokusai API from Python.

``ModelPackager`` builds packages byte-for-byte as ``hokusai package`` does;
``HokusaiClient`` registers models, configures their token manager and
verifier, calls them, contributes data, manages credits and keys, and takes
part in a model's DAO (proposals, votes and ratings by signature, vesting,
outright sale).
"""

from .client import HokusaiClient
from .errors import (ChainRevertedError, ConflictError, ForbiddenError, HokusaiError, InsufficientCreditsError,
                     InternalError, InvalidInputError, LicenseViolationError, ModelUnavailableError, NotFoundError,
                     ProprietaryModelError, RateLimitError, ServerNotImplementedError, UnauthorizedError,
                     WhitelistRequiredError)
from .models import (AccessRequest, AgentLedger, AgentMember, APIKey, Ballot, BatchPrediction, ConfigurationResult, ContractVerification,
                     Contribution, CoopMembership, CostEstimate, Credits, IntegrationTestResult, LicenseStatus, Model, ModelDAO, Prediction,
                     Proposal, Rating, RatingBallot, RegistrationResult, Sale, SaleResult, UsageStats, Vesting)
from .packager import ModelPackage, ModelPackager

__version__ = "0.1.0"

__all__ = [
    "HokusaiClient", "ModelPackager", "ModelPackage",
    "HokusaiError", "InvalidInputError", "NotFoundError", "ConflictError", "UnauthorizedError", "ForbiddenError",
    "InsufficientCreditsError", "RateLimitError", "ModelUnavailableError", "ChainRevertedError",
    "ServerNotImplementedError", "InternalError", "LicenseViolationError", "WhitelistRequiredError", "ProprietaryModelError",
    "Model", "RegistrationResult", "ConfigurationResult", "IntegrationTestResult", "ContractVerification", "Prediction",
    "BatchPrediction", "CostEstimate", "UsageStats", "LicenseStatus", "CoopMembership", "AccessRequest", "Contribution", "Credits", "APIKey",
    "ModelDAO", "Proposal", "Ballot", "RatingBallot", "Rating", "Vesting", "AgentLedger", "AgentMember", "Sale", "SaleResult",
]
