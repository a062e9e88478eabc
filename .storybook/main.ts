import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // No telemetry, no update checks: the project promises no third-party requests, and
  // this machine reaches only the package registries.
  core: { disableTelemetry: true, enableCrashReports: false },
};

export default config;
