# Sources of models/publishing, added to offkai_models.
target_sources(offkai_models PRIVATE
    publishing/PublishingLog.cpp publishing/PublishingLog.h
    publishing/BlogEndpoint.cpp publishing/BlogEndpoint.h
    publishing/SecretStore.cpp publishing/SecretStore.h
    publishing/SessionSecrets.cpp publishing/SessionSecrets.h
    publishing/PublishRequest.h
    publishing/PublishErrors.cpp publishing/PublishErrors.h
    publishing/BlogClient.cpp publishing/BlogClient.h
    publishing/WordPressClient.cpp publishing/WordPressClient.h
    publishing/LenientXml.cpp publishing/LenientXml.h
    publishing/HatenaAtom.cpp publishing/HatenaAtom.h
    publishing/HatenaSyntaxCheck.cpp publishing/HatenaSyntaxCheck.h
    publishing/HatenaBlogClient.cpp publishing/HatenaBlogClient.h
)
